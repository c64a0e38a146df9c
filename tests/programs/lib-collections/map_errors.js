// Map constructor and method errors, iterator closing, receivers
try { Map(); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Map([1]); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Map(1); } catch (e) { console.log(e.constructor.name); }
try { new Map({}); } catch (e) { console.log(e.constructor.name); }
for (const name of ["get", "set", "has", "delete", "clear", "forEach", "keys", "values", "entries"]) {
  try { Map.prototype[name].call({}); } catch (e) { console.log(name, e.constructor.name, e.message); }
}
try { Map.prototype.get.call(new Set(), 1); } catch (e) { console.log(e.constructor.name); }
try { new Map().forEach(1); } catch (e) { console.log(e.constructor.name, e.message); }
let closed = 0;
const iterable = { [Symbol.iterator]() { let i = 0; return { next() { return { value: i++ ? 5 : [1, 2], done: false }; }, return() { closed++; return {}; } }; } };
try { new Map(iterable); } catch (e) { console.log(e.constructor.name, closed); }
const orig = Map.prototype.set;
Map.prototype.set = function () { throw new Error("set!"); };
try { new Map([[1, 2]]); } catch (e) { console.log(e.message); }
Map.prototype.set = 5;
try { new Map([[1, 2]]); } catch (e) { console.log(e.constructor.name); }
console.log(new Map().size);
Map.prototype.set = orig;
let calls = 0;
class CountMap extends Map { set(k, v) { calls++; return super.set(k, v); } }
const cm = new CountMap([[1, 1], [2, 2]]);
console.log(calls, cm.size, cm instanceof Map);
const getterOrder = [];
const entry = { get 0() { getterOrder.push(0); return "k"; }, get 1() { getterOrder.push(1); return "v"; } };
new Map([entry]);
console.log(getterOrder.join());
