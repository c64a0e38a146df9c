// A callback can cancel work queued for the same phase.
let b;
setTimeout(() => { console.log("a clears b"); clearTimeout(b); }, 5);
b = setTimeout(() => console.log("b never"), 5);
setTimeout(() => console.log("c still runs"), 5);
setTimeout(() => {
  let j;
  setImmediate(() => { console.log("immediate i clears j"); clearImmediate(j); });
  j = setImmediate(() => console.log("j never"));
  setImmediate(() => console.log("immediate k runs"));
}, 20);
