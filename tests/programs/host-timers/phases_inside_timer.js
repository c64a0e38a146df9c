// Inside a timer callback, an immediate always runs before a new setTimeout(0):
// the check phase comes before the next timers phase.
setTimeout(() => {
  console.log("timer");
  setTimeout(() => console.log("timeout 0 from timer"), 0);
  setImmediate(() => console.log("immediate from timer"));
  Promise.resolve().then(() => console.log("microtask from timer"));
  queueMicrotask(() => console.log("queueMicrotask from timer"));
}, 1);
console.log("sync");
