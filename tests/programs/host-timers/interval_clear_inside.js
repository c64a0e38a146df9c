// setInterval repeats until cleared from inside its own callback.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log("tick", n);
  if (n === 4) {
    clearInterval(iv);
    console.log("cleared");
  }
}, 3);
let m = 0;
const iv2 = setInterval(function () {
  console.log("tock", ++m);
  if (m === 2) this.close();
}, 3);
