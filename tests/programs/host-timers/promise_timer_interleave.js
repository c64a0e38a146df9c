// Promise chains and timers interleave: a chain runs to completion before the next timer.
setTimeout(() => console.log("timer A"), 5);
new Promise(r => setTimeout(r, 5)).then(() => console.log("resolved by timer"));
setTimeout(() => {
  console.log("timer B");
  let p = Promise.resolve(0);
  for (let i = 1; i <= 3; i++) p = p.then(v => { console.log("chain", i); return v + i; });
  p.then(v => {
    console.log("chain total", v);
    setTimeout(() => console.log("timer from chain"), 0);
    setImmediate(() => console.log("immediate from chain"));
  });
}, 10);
setTimeout(() => console.log("timer C"), 150);
Promise.resolve().then(() => console.log("main microtask"));
