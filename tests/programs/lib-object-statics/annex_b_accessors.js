// Annex B: __defineGetter__, __defineSetter__, __lookupGetter__, __lookupSetter__
const o = {};
o.__defineGetter__("x", function () { return "got x from " + typeof this; });
console.log(o.x, JSON.stringify(Object.getOwnPropertyDescriptor(o, "x"), (k, v) => typeof v === "function" ? "fn" : v));
o.__defineSetter__("x", function (v) { this._x = v; });
o.x = 5;
console.log(o._x, o.x, typeof o.__lookupGetter__("x"), typeof o.__lookupSetter__("x"));
// lookups walk the prototype chain and stop at first own property
const proto = {}; proto.__defineGetter__("p", () => "proto p");
const child = Object.create(proto);
console.log(child.__lookupGetter__("p") === proto.__lookupGetter__("p"), child.__lookupSetter__("p"));
child.p2 = 1;
Object.defineProperty(child, "p", { value: "data", configurable: true });
console.log(child.__lookupGetter__("p"), child.p);
console.log({}.__lookupGetter__("__proto__") === Object.getOwnPropertyDescriptor(Object.prototype, "__proto__").get);
console.log({}.__lookupGetter__("nothing"), [].__lookupGetter__("length"));
// non-callable getter throws
try { o.__defineGetter__("y", 5); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
try { o.__defineSetter__("y", {}); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// defining on non-configurable property throws TypeError
const nc = Object.defineProperty({}, "k", { value: 1 });
try { nc.__defineGetter__("k", () => 2); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
try { Object.freeze({}).__defineGetter__("n", () => 1); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// this coercion
try { Object.prototype.__defineGetter__.call(undefined, "a", () => 1); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
try { Object.prototype.__lookupGetter__.call(null, "a"); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
console.log(Object.prototype.__lookupGetter__.call(1, "x"), typeof Object.prototype.__lookupGetter__.call("s", "__proto__"));
// key coercion
const log = [];
const keyObj = { toString() { log.push("toString"); return "kk"; } };
o.__defineGetter__(keyObj, () => "kk-value");
console.log(o.kk, log.join(","), typeof o.__lookupGetter__(keyObj), log.length);
const sym = Symbol("s");
o.__defineGetter__(sym, () => "sym-val");
console.log(o[sym], typeof o.__lookupGetter__(sym));
// defined accessors are enumerable and configurable
const d = Object.getOwnPropertyDescriptor(o, "kk");
console.log(d.enumerable, d.configurable, "set" in d, d.set);
// __defineGetter__ replacing a data property
const r = { v: 1 }; r.__defineGetter__("v", () => 2);
console.log(r.v, Object.getOwnPropertyDescriptor(r, "v").writable);
// lookups through a proxy use getOwnPropertyDescriptor + getPrototypeOf
const plog = [];
const px = new Proxy({}, { getOwnPropertyDescriptor(t, k) { plog.push("gopd " + String(k)); return undefined; }, getPrototypeOf(t) { plog.push("gpo"); return null; } });
console.log(Object.prototype.__lookupGetter__.call(px, "q"), plog.join(","));
// names and lengths
for (const n of ["__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__"]) {
  const f = Object.prototype[n];
  console.log(n, f.name, f.length, Object.getOwnPropertyDescriptor(Object.prototype, n).enumerable);
}
