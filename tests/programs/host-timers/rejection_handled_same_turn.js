// A rejection handled later in the same turn (before the microtask queue empties) is fine.
const p = Promise.reject(new Error("late handler"));
Promise.resolve().then(() => Promise.resolve()).then(() => {
  p.catch(e => console.log("caught:", e.message));
});
setTimeout(() => {
  const q = Promise.reject("in timer");
  queueMicrotask(() => q.catch(r => console.log("caught in timer:", r)));
}, 2);
setTimeout(() => console.log("still running"), 10);
