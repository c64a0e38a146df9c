// Extra arguments reach the callback; `this` is the Timeout (Immediate) object.
const t = setTimeout(function (a, b, c) {
  console.log("args:", a, b, c, arguments.length);
  console.log("this is the timeout:", this === t);
}, 1, "x", 2, { k: true });
setTimeout((...rest) => console.log("rest:", rest), 1, 1, 2, 3, 4, 5, 6);
setTimeout(function () { console.log("no args:", arguments.length) }, 1);
const iv = setInterval(function (label) {
  console.log("interval", label, this === iv);
  clearInterval(this);
}, 1, "L");
setTimeout(() => {
  const im = setImmediate(function (a, b) {
    console.log("immediate args:", a, b, this === im, arguments.length);
  }, "p", "q");
}, 5);
