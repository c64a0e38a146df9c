// An interval whose callback is async: the interval does not wait for it.  Each run
// waits until the next run wakes it up.
let wake = null;
let n = 0;
const iv = setInterval(async () => {
  const mine = ++n;
  console.log("start", mine);
  if (wake) wake(mine);
  if (mine === 3) {
    clearInterval(iv);
    console.log("cleared");
    return;
  }
  const by = await new Promise(resolve => { wake = resolve; });
  console.log("end", mine, "woken by", by);
}, 3);
