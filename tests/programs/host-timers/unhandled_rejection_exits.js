// A promise rejected without a handler when the microtask queue empties ends the program,
// before any timer runs.
console.log("sync");
Promise.reject(new Error("nobody catches this"));
Promise.resolve().then(() => console.log("microtasks still run first"));
setTimeout(() => console.log("never"), 1);
setImmediate(() => console.log("never either"));
