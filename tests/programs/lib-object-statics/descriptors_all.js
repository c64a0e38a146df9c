// Object.getOwnPropertyDescriptors across object kinds
const fmt = d => JSON.stringify(d, (k, v) => typeof v === "function" ? "fn:" + v.name : v === undefined ? "undef" : v);
console.log(fmt(Object.getOwnPropertyDescriptors({ a: 1, get b() { return 2; }, set c(v) {} })));
console.log(fmt(Object.getOwnPropertyDescriptors([1, , 3])));
console.log(fmt(Object.getOwnPropertyDescriptors("hi")));
console.log(fmt(Object.getOwnPropertyDescriptors(5)), fmt(Object.getOwnPropertyDescriptors(true)));
console.log(fmt(Object.getOwnPropertyDescriptors(function f(a, b) { "use strict"; })));
console.log(fmt(Object.getOwnPropertyDescriptors(class K { static s = 1; m() {} })));
console.log(fmt(Object.getOwnPropertyDescriptors((a) => a)));
console.log(fmt(Object.getOwnPropertyDescriptors(async function af() {})), fmt(Object.getOwnPropertyDescriptors(function* gf() {})).length);
console.log(Object.keys(Object.getOwnPropertyDescriptors(Math)).length > 30, fmt(Object.getOwnPropertyDescriptors(Math).PI));
{ const d = Object.getOwnPropertyDescriptors(new Error("m")); delete d.stack; console.log(fmt(d)); }
console.log(fmt(Object.getOwnPropertyDescriptors(/re/g)));
const sym = Symbol("s");
const ds = Object.getOwnPropertyDescriptors({ [sym]: 1, x: 2 });
console.log(Reflect.ownKeys(ds).map(String).join(","), ds[sym].value);
for (const v of [null, undefined]) { try { Object.getOwnPropertyDescriptors(v); } catch (e) { console.log(e.constructor.name + ": " + e.message); } }
// proxy: undefined descriptor from trap is skipped
const px = new Proxy({ a: 1 }, { ownKeys() { return ["a", "ghost"]; }, getOwnPropertyDescriptor(t, k) { return Reflect.getOwnPropertyDescriptor(t, k); } });
const pd = Object.getOwnPropertyDescriptors(px);
console.log(Object.keys(pd).join(","), "ghost" in pd);
// shallow clone preserving accessors
const src = { get now() { return "computed"; }, v: 1 };
const clone = Object.defineProperties({}, Object.getOwnPropertyDescriptors(src));
console.log(typeof Object.getOwnPropertyDescriptor(clone, "now").get, clone.now);
// single-property getOwnPropertyDescriptor coercions
console.log(fmt(Object.getOwnPropertyDescriptor("abc", 1)), fmt(Object.getOwnPropertyDescriptor("abc", "length")), Object.getOwnPropertyDescriptor("abc", 5));
console.log(fmt(Object.getOwnPropertyDescriptor([5], { toString() { return "0"; } })));
try { Object.getOwnPropertyDescriptor(null, "x"); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
console.log(fmt(Object.getOwnPropertyDescriptor(globalThis, "NaN")), typeof Object.getOwnPropertyDescriptor(globalThis, "globalThis").value, Object.getOwnPropertyDescriptor(globalThis, "globalThis").enumerable);
console.log(fmt(Object.getOwnPropertyDescriptor(Array.prototype, Symbol.unscopables)).slice(0, 60));
(function () { console.log(fmt(Object.getOwnPropertyDescriptors(arguments))); })(1, 2);
(function () { "use strict"; const d = Object.getOwnPropertyDescriptors(arguments); console.log(Object.keys(d).join(","), typeof d.callee.get, d.callee.get === d.callee.set); })(1);
