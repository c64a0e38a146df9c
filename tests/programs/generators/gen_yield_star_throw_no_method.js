const log = [];
const inner = { [Symbol.iterator]() { return this; }, next() { return { value: 1, done: false }; }, return() { log.push("return called"); return {}; } };
function* g() { yield* inner; }
const it = g(); it.next();
try { it.throw(new Error("x")); } catch (e) { log.push(e.constructor.name); }
console.log(log);
const inner2 = { [Symbol.iterator]() { return this; }, next() { return { value: 1, done: false }; }, throw(e) { log.push("throw got " + e); return { value: "handled", done: false }; } };
function* g2() { yield* inner2; }
const it2 = g2(); it2.next();
console.log(it2.throw("E"), log.at(-1));
