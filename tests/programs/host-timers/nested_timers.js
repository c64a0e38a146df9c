// Timers and immediates scheduled from callbacks: immediates queued during the check
// phase wait for the next turn; a nested timer is due its own delay after it was set.
setTimeout(() => {
  console.log("outer timer");
  setImmediate(() => {
    console.log("immediate 1");
    setImmediate(() => console.log("immediate 3 (next turn)"));
    Promise.resolve().then(() => console.log("microtask after immediate 1"));
  });
  setImmediate(() => console.log("immediate 2"));
  setTimeout(() => {
    console.log("inner timer");
    setTimeout(() => console.log("innermost timer"), 5);
    setImmediate(() => console.log("immediate from inner timer"));
  }, 100);
}, 1);
