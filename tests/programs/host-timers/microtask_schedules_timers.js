// Microtasks that schedule timers and immediates; timers scheduled from immediates.
Promise.resolve().then(() => {
  setTimeout(() => console.log("timeout from microtask"), 80);
  setImmediate(() => {
    console.log("immediate from microtask");
    setTimeout(() => console.log("timeout from immediate"), 100);
    setImmediate(() => console.log("immediate from immediate"));
  });
});
queueMicrotask(() => console.log("first queueMicrotask"));
