// ... and after each immediate.
setImmediate(() => {
  console.log("immediate 1");
  Promise.resolve().then(() => console.log("promise from immediate 1"))
    .then(() => console.log("second promise from immediate 1"));
});
setImmediate(() => {
  console.log("immediate 2");
  queueMicrotask(() => console.log("microtask from immediate 2"));
});
setImmediate(() => console.log("immediate 3"));
