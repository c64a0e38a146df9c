// Object.setPrototypeOf: cycles, primitives, non-extensible, proxies, __proto__ accessor
const a = {}, b = Object.create(a), c = Object.create(b);
try { Object.setPrototypeOf(a, c); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
console.log(Reflect.setPrototypeOf(a, c), Reflect.setPrototypeOf(a, a));
try { a.__proto__ = b; } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// same prototype on non-extensible object is fine
const ne = Object.preventExtensions(Object.create(a));
console.log(Object.setPrototypeOf(ne, a) === ne);
try { Object.setPrototypeOf(ne, b); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// primitives: returned unchanged, but proto arg still validated
console.log(Object.setPrototypeOf(1, null), Object.setPrototypeOf("s", {}), Object.setPrototypeOf(true, Array.prototype));
for (const [o, p] of [[1, 2], [{}, 2], [{}, undefined], [null, {}], [undefined, null], [{}, "x"]]) {
  try { Object.setPrototypeOf(o, p); console.log("ok", String(o)); } catch (e) { console.log(String(o), String(p), e.constructor.name); }
}
try { Object.setPrototypeOf({}); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// cycle through a proxy is not detected (proxy breaks loop check)
const target = {};
const px = new Proxy(target, {});
const x = Object.create(px);
try { Object.setPrototypeOf(target, x); console.log("proxy cycle allowed", Object.getPrototypeOf(target) === x); } catch (e) { console.log(e.constructor.name); }
Object.setPrototypeOf(target, Object.prototype);
// Object.prototype is immutable prototype exotic
try { Object.setPrototypeOf(Object.prototype, {}); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
console.log(Object.setPrototypeOf(Object.prototype, null) === Object.prototype, Reflect.setPrototypeOf(Object.prototype, Array.prototype));
// getPrototypeOf on primitives
console.log(Object.getPrototypeOf(1) === Number.prototype, Object.getPrototypeOf("") === String.prototype, Object.getPrototypeOf(Symbol()) === Symbol.prototype, Object.getPrototypeOf(1n) === BigInt.prototype);
try { Object.getPrototypeOf(null); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// __proto__ getter/setter
const desc = Object.getOwnPropertyDescriptor(Object.prototype, "__proto__");
console.log(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable, desc.get.name, desc.set.name);
console.log(desc.get.call(5) === Number.prototype, desc.set.call(5, {}), desc.set.call({}, 5));
try { desc.get.call(undefined); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
try { desc.set.call(null, {}); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
const nul = Object.create(null);
nul.__proto__ = Array.prototype;
console.log(Object.getPrototypeOf(nul) === null, Object.hasOwn(nul, "__proto__"), Array.isArray(nul));
// literal __proto__ forms
const lit1 = { __proto__: Array.prototype }; const lit2 = { "__proto__": null }; const k = "__proto__"; const lit3 = { [k]: 5 };
const __proto__ = 9; const lit4 = { __proto__ };
console.log(Array.isArray(lit1), lit1 instanceof Array, Object.getPrototypeOf(lit2), Object.hasOwn(lit3, "__proto__"), Object.hasOwn(lit4, "__proto__"), Object.getPrototypeOf(lit4) === Object.prototype);
const lit5 = { __proto__: 5 }; console.log(Object.getPrototypeOf(lit5) === Object.prototype);
// setting prototype changes method lookup
const proto1 = { who() { return "p1"; } }, proto2 = { who() { return "p2"; } };
const obj = Object.create(proto1); const r1 = obj.who(); Object.setPrototypeOf(obj, proto2);
console.log(r1, obj.who(), proto1.isPrototypeOf(obj), proto2.isPrototypeOf(obj));
// proxy trap result
const tp = new Proxy({}, { setPrototypeOf() { return false; } });
try { Object.setPrototypeOf(tp, null); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
console.log(Reflect.setPrototypeOf(tp, null));
