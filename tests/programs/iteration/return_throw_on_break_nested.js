const log = [];
const make = (name, throws) => ({ [Symbol.iterator]() { return this; }, next() { return { value: 1, done: false }; }, return() { log.push("close " + name); if (throws) throw new Error("close " + name + " failed"); return {}; } });
try {
  for (const a of make("outer", false)) {
    for (const b of make("inner", true)) { break; }
  }
} catch (e) { log.push("caught: " + e.message); }
try {
  outer: for (const a of make("outer", false)) {
    for (const b of make("inner", true)) { break outer; }
  }
} catch (e) { log.push("caught: " + e.message); }
function f() { for (const a of make("fn", true)) return "value"; }
try { f(); } catch (e) { log.push("caught: " + e.message); }
console.log(log.join("\n"));
