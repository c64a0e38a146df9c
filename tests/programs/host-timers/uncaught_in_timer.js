// An exception escaping a timer callback ends the program (node exits with code 1).
console.log("before");
setTimeout(() => {
  console.log("in timer");
  throw new Error("boom");
}, 50);
setTimeout(() => console.log("never: the process has exited"), 100);
setImmediate(() => console.log("immediate runs first"));
