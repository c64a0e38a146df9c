// A rejection left unhandled after a timer's microtasks ends the program there.
setTimeout(() => {
  console.log("timer 1");
  Promise.reject(42);
}, 2);
setTimeout(() => console.log("never"), 2);
