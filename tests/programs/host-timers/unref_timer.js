// An unref'd timer does not keep the program alive.
const t = setTimeout(() => console.log("unref'd: never runs"), 1000);
console.log("unref returns this:", t.unref() === t, "hasRef:", t.hasRef());
const iv = setInterval(() => console.log("unref'd interval: never runs"), 800).unref();
const im = setImmediate(() => console.log("unref'd immediate: runs, the loop is alive for the 50 ms timer"));
im.unref();
setTimeout(() => console.log("ref'd 50 ms timer: the last thing"), 50);
