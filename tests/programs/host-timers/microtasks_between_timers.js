// node drains the microtask queue after EACH timer callback (not after the whole phase).
setTimeout(() => {
  console.log("timer 1");
  Promise.resolve().then(() => console.log("promise from timer 1"));
  queueMicrotask(() => console.log("microtask from timer 1"));
}, 5);
setTimeout(() => {
  console.log("timer 2");
  Promise.resolve().then(() => console.log("promise from timer 2"));
}, 5);
setTimeout(() => console.log("timer 3"), 5);
