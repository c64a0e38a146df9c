const log = [];
const it = { [Symbol.iterator]() { let i = 0; return { next() { log.push("n" + i); return { value: i, done: i++ >= 3 }; } }; } };
function f(...args) { return args.join("|"); }
console.log(f(...it, "x", ...it));
console.log(log.join(","));
console.log(Math.max(...[1, 5, 3], ...new Set([9, 2])));
console.log([..."héllo"].length, [...new Map([[1, 2]])]);
try { f(...{}); } catch (e) { console.log(e.constructor.name); }
try { [...123]; } catch (e) { console.log(e.constructor.name); }
