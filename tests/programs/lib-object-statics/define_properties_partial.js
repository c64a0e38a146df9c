// Object.defineProperties: descriptor read order, validation before definition, partial failure
const log = [];
const descFor = (name, extra) => new Proxy(Object.assign({ value: name }, extra), {
  get(t, k) { if (typeof k === "string") log.push(name + "." + k); return t[k]; },
  has(t, k) { log.push(name + " has " + String(k)); return k in t; },
});
const props = { b: descFor("b", { enumerable: true }), a: descFor("a", {}), 1: descFor("one", { writable: true }) };
const o = Object.defineProperties({}, props);
console.log(log.join(" "));
console.log(JSON.stringify(Object.getOwnPropertyDescriptors(o)));
// invalid descriptor anywhere -> nothing defined (all descriptors converted first)
const t1 = {};
try { Object.defineProperties(t1, { ok: { value: 1 }, bad: { get: 5 } }); } catch (e) { console.log(e.constructor.name, Object.keys(Object.getOwnPropertyDescriptors(t1)).length); }
try { Object.defineProperties(t1, { ok: { value: 1 }, bad: { value: 1, get() {} } }); } catch (e) { console.log(e.constructor.name, Object.getOwnPropertyNames(t1).length); }
try { Object.defineProperties(t1, { ok: { value: 1 }, bad: 7 }); } catch (e) { console.log(e.constructor.name, Object.getOwnPropertyNames(t1).length); }
// redefinition failure in the middle: earlier ones stay defined
const t2 = Object.defineProperty({}, "locked", { value: 0, configurable: false });
try { Object.defineProperties(t2, { first: { value: 1, enumerable: true }, locked: { value: 2 }, last: { value: 3 } }); }
catch (e) { console.log(e.constructor.name, Object.getOwnPropertyNames(t2).join(","), t2.locked); }
// non-enumerable props in the properties object are ignored
const pobj = Object.defineProperty({ vis: { value: "v" } }, "invis", { value: { value: "i" }, enumerable: false });
console.log(Object.getOwnPropertyNames(Object.defineProperties({}, pobj)).join(","));
// symbol keys included
const sk = Symbol("k");
const so = Object.defineProperties({}, { [sk]: { value: 5, enumerable: true }, s: { value: 6 } });
console.log(so[sk], Reflect.ownKeys(so).map(String).join(","));
// defaults when fields absent
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(Object.defineProperties({}, { x: {} }), "x")));
// target must be object
for (const t of [1, "s", null, undefined]) { try { Object.defineProperties(t, {}); } catch (e) { console.log(String(t), e.constructor.name); } }
// properties argument: null/undefined throw, primitives are ToObject'ed
try { Object.defineProperties({}, undefined); } catch (e) { console.log(e.constructor.name); }
console.log(Object.getOwnPropertyNames(Object.defineProperties({}, 5)).length);
try { Object.defineProperties({}, "ab"); } catch (e) { console.log("string props", e.constructor.name); }
// on arrays: length then index
const arr = [1, 2, 3];
try { Object.defineProperties(arr, { length: { value: 1 }, 5: { value: "x" } }); console.log(arr.length, JSON.stringify(arr)); } catch (e) { console.log(e.constructor.name); }
const arr2 = Object.defineProperties([], { length: { value: 2, writable: false } });
try { Object.defineProperties(arr2, { 3: { value: 1 } }); } catch (e) { console.log(e.constructor.name, arr2.length); }
// getter/setter descriptors
const acc = Object.defineProperties({}, { g: { get() { return "G"; }, enumerable: true }, s: { set(v) { this._v = v; } } });
acc.s = 9;
console.log(acc.g, acc._v, typeof Object.getOwnPropertyDescriptor(acc, "s").get, Object.defineProperties.length);
