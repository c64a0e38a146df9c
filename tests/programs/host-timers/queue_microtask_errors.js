// queueMicrotask callbacks run in FIFO order with promise jobs; one that throws is an
// uncaught exception and ends the program after the current job.
queueMicrotask(() => console.log("m1"));
Promise.resolve().then(() => console.log("p1"));
queueMicrotask(() => console.log("m2"));
setTimeout(() => {
  queueMicrotask(() => { console.log("throwing microtask"); throw new RangeError("from microtask"); });
  queueMicrotask(() => console.log("never: exits after the throwing job"));
}, 1);
setTimeout(() => console.log("never"), 10);
