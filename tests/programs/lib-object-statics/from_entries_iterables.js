// Object.fromEntries: iterables of arrays, strings, maps, generators, and error cases
console.log(JSON.stringify(Object.fromEntries([["a", 1], ["b", 2], ["a", 3]])));
console.log(JSON.stringify(Object.fromEntries(new Map([["x", 1], [2, "two"]]))));
try { Object.fromEntries(["ab", "cd"]); } catch (e) { console.log("string entries", e.constructor.name + ": " + e.message); }
console.log(JSON.stringify(Object.fromEntries([new String("ab"), Object("cd")])));
console.log(JSON.stringify(Object.fromEntries([["k"]]), (k, v) => v === undefined ? "undef" : v));
console.log(JSON.stringify(Object.fromEntries([["k", 1, 2, 3]])));
console.log(JSON.stringify(Object.fromEntries([[1.5, "f"], [-0, "z"], [null, "n"], [undefined, "u"], [true, "t"]])));
const s = Symbol("sym");
const fs = Object.fromEntries([[s, 1]]);
console.log(fs[s], Object.getOwnPropertySymbols(fs).length);
function* gen() { yield ["g1", 1]; yield ["g2", 2]; }
console.log(JSON.stringify(Object.fromEntries(gen())));
console.log(JSON.stringify(Object.fromEntries(Object.entries({ p: 1, q: [2] }))));
console.log(JSON.stringify(Object.fromEntries(new Set([["s", 1]]))));
console.log(Object.keys(Object.fromEntries([])).length, Object.getPrototypeOf(Object.fromEntries([])) === Object.prototype);
const errs = [() => Object.fromEntries(), () => Object.fromEntries(null), () => Object.fromEntries({}),
  () => Object.fromEntries([1]), () => Object.fromEntries(["a"]), () => Object.fromEntries([null]),
  () => Object.fromEntries(5), () => Object.fromEntries([[Symbol.iterator]]), () => Object.fromEntries("ab")];
for (const f of errs) { try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.constructor.name); } }
// key coercion order: toString called per entry, in order, after reading 0 and 1
const log = [];
const key = n => ({ toString() { log.push("toString " + n); return "k" + n; } });
const entry = n => ({ get 0() { log.push("get0 " + n); return key(n); }, get 1() { log.push("get1 " + n); return n; } });
console.log(JSON.stringify(Object.fromEntries([entry(1), entry(2)])), log.join("; "));
// iterator closed when an entry is bad
let closed = 0;
const it = { [Symbol.iterator]() { let i = 0; return { next() { i++; return i === 1 ? { value: ["ok", 1], done: false } : { value: 42, done: false }; }, return() { closed++; return {}; } }; } };
try { Object.fromEntries(it); } catch (e) { console.log(e.constructor.name, "closed", closed); }
// iterator closed when key toString throws
let closed2 = 0;
const it2 = { [Symbol.iterator]() { return { next() { return { value: [{ toString() { throw new RangeError("key"); } }, 1], done: false }; }, return() { closed2++; return {}; } }; } };
try { Object.fromEntries(it2); } catch (e) { console.log(e.constructor.name, e.message, "closed", closed2); }
// __proto__ key creates own property, not prototype change
const pr = Object.fromEntries([["__proto__", { evil: 1 }]]);
console.log(Object.hasOwn(pr, "__proto__"), pr.evil, Object.getPrototypeOf(pr) === Object.prototype);
// defines, not sets: setter on Object.prototype not triggered
Object.defineProperty(Object.prototype, "trap", { set(v) { console.log("setter called"); }, configurable: true });
console.log(JSON.stringify(Object.fromEntries([["trap", 9]])));
delete Object.prototype.trap;
console.log(Object.fromEntries.length, Object.fromEntries.name);
