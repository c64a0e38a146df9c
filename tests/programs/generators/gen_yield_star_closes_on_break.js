const log = [];
const inner = { [Symbol.iterator]() { return this; }, next() { return { value: "v", done: false }; }, return(x) { log.push("inner return " + x); return { done: true, value: "ignored" }; } };
function* outer() { try { yield* inner; } finally { log.push("outer finally"); } }
for (const v of outer()) { log.push(v); break; }
console.log(log.join(", "));
const badReturn = { [Symbol.iterator]() { return this; }, next() { return { value: 1, done: false }; }, return() { return 5; } };
function* o2() { yield* badReturn; }
const it = o2(); it.next();
try { it.return(); } catch (e) { console.log("non-object return result:", e.constructor.name); }
