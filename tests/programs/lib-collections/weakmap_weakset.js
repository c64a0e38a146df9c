// WeakMap / WeakSet: object and symbol keys, rejected primitives, receivers, inspect
const k1 = {}, k2 = function () {}, sym = Symbol("local");
const wm = new WeakMap([[k1, 1]]);
console.log(wm.get(k1), wm.has(k1), wm.set(k2, 2) === wm, wm.get(k2), wm.delete(k1), wm.delete(k1), wm.has(k1));
console.log(wm.get(1), wm.has("x"), wm.delete(null), wm.get(undefined));
console.log(wm.set(sym, "s").get(sym));
for (const bad of [1, "s", true, null, undefined, Symbol.for("reg"), 1n]) {
  try { new WeakMap().set(bad, 1); console.log("ok", typeof bad); } catch (e) { console.log(e.constructor.name, e.message); }
  try { new WeakSet().add(bad); console.log("ok", typeof bad); } catch (e) { console.log(e.constructor.name, e.message); }
}
const ws = new WeakSet([k1, k2]);
console.log(ws.has(k1), ws.has({}), ws.add(k1) === ws, ws.delete(k2), ws.has(k2), ws.delete(5));
try { WeakMap(); } catch (e) { console.log(e.constructor.name, e.message); }
try { WeakSet(); } catch (e) { console.log(e.constructor.name, e.message); }
try { WeakMap.prototype.get.call(new Map(), k1); } catch (e) { console.log(e.constructor.name, e.message); }
try { WeakSet.prototype.has.call(new Set(), k1); } catch (e) { console.log(e.constructor.name, e.message); }
try { new WeakMap([1]); } catch (e) { console.log(e.constructor.name, e.message); }
try { new WeakMap([[1, 2]]); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(wm, ws, [new WeakMap()], Object.prototype.toString.call(wm), String(ws));
console.log(WeakMap.length, WeakSet.length, WeakMap.prototype.set.length, Object.getOwnPropertyNames(WeakMap.prototype).sort().join());
console.log(Object.getOwnPropertyNames(WeakSet.prototype).sort().join(), typeof WeakMap.prototype.clear);
class Sub extends WeakMap {}
console.log(new Sub([[k1, 3]]).get(k1), new Sub() instanceof WeakMap);
