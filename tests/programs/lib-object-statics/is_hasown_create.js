// Object.is, Object.hasOwn, Object.create with property descriptors
const vals = [0, -0, NaN, 0 / 0, "0", "", null, undefined, false, Infinity, -Infinity, 0n, -0n];
for (const v of vals) console.log(String(v), typeof v, vals.filter(w => Object.is(v, w)).length, Object.is(v, -v === v ? v : 0));
console.log(Object.is(), Object.is(undefined), Object.is(NaN, Number.NaN), Object.is([], []), Object.is(Symbol.iterator, Symbol.iterator), Object.is("a", new String("a")));
console.log([NaN].includes(NaN), [NaN].indexOf(NaN), [-0].includes(0), Object.is([-0].find(x => x === 0), -0));
// hasOwn
const p = { inh: 1 }, o = Object.create(p); o.own = undefined; o[1] = 1; const s = Symbol(); o[s] = 1;
console.log(Object.hasOwn(o, "own"), Object.hasOwn(o, "inh"), Object.hasOwn(o, 1), Object.hasOwn(o, "1"), Object.hasOwn(o, s), Object.hasOwn("abc", 1), Object.hasOwn("abc", "length"), Object.hasOwn([], "length"));
for (const t of [null, undefined]) { try { Object.hasOwn(t, "x"); } catch (e) { console.log(e.constructor.name + ": " + e.message); } }
// key coercion happens after ToObject
const log = [];
try { Object.hasOwn(null, { toString() { log.push("key"); return "k"; } }); } catch (e) { log.push(e.constructor.name); }
console.log(log.join(","));
const log2 = [];
console.log(Object.hasOwn({ k: 1 }, { toString() { log2.push("ts"); return "k"; }, valueOf() { log2.push("vo"); return "z"; } }), log2.join(","));
const pxlog = [];
const px = new Proxy({ a: 1 }, { getOwnPropertyDescriptor(t, k) { pxlog.push("gopd " + k); return Reflect.getOwnPropertyDescriptor(t, k); }, has(t, k) { pxlog.push("has " + k); return true; } });
console.log(Object.hasOwn(px, "a"), Object.hasOwn(px, "b"), pxlog.join(","));
console.log(Object.hasOwn.length, Object.hasOwn.name);
// create
const c1 = Object.create(null);
console.log(Object.getPrototypeOf(c1), typeof c1.toString, "toString" in c1);
const c2 = Object.create(Array.prototype, { length: { value: 3, writable: true }, 0: { value: "z", enumerable: true } });
console.log(Array.isArray(c2), c2 instanceof Array, c2.length, Object.keys(c2).join(","), JSON.stringify(Object.getOwnPropertyDescriptor(c2, 0)));
const c3 = Object.create({}, { g: { get() { return this.v * 2; } }, v: { value: 21, enumerable: true } });
console.log(c3.g, Object.keys(c3).join(","), JSON.stringify(c3));
for (const pr of [1, "x", undefined, true, Symbol()]) { try { Object.create(pr); } catch (e) { console.log(typeof pr, e.constructor.name); } }
try { Object.create({}, null); } catch (e) { console.log("props null", e.constructor.name); }
console.log(Object.getOwnPropertyNames(Object.create({}, undefined)).length);
try { Object.create({}, { bad: { get: 1 } }); } catch (e) { console.log(e.constructor.name); }
try { Object.create({}, { bad: 1 }); } catch (e) { console.log(e.constructor.name); }
const sk = Symbol("sk");
const c4 = Object.create(Object.prototype, { [sk]: { value: "symval", enumerable: true } });
console.log(c4[sk], Object.create.length);
// create with a function prototype
const fp = Object.create(Function.prototype);
console.log(typeof fp, fp instanceof Function);
try { fp(); } catch (e) { console.log(e.constructor.name); }
