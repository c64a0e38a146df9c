// async functions awaiting timer-based sleeps.
const sleep = (ms, v) => new Promise(resolve => setTimeout(resolve, ms, v));
async function worker(name, delays) {
  for (const d of delays) {
    const v = await sleep(d, `${name}+${d}`);
    console.log(v);
  }
  return name + " done";
}
(async () => {
  const results = await Promise.all([worker("a", [5, 60]), worker("b", [30, 70])]);
  console.log(results);
  const first = await Promise.race([sleep(30, "slow"), sleep(3, "fast")]);
  console.log("race:", first);
  const settled = await Promise.allSettled([sleep(2, 1), new Promise((_, rej) => setTimeout(rej, 4, "no"))]);
  console.log(settled);
})();
console.log("started");
