// Map.groupBy (ES2024).  Node 20 lacks it: the expected output was derived by hand from
// ECMA-262 (sec-map.groupby, sec-groupby): SameValue keys with -0 normalised to +0.
const m = Map.groupBy([1, 2, 3, 4, 5, 6], (x, i) => (x % 3 === 0 ? "fizz" : i % 2 ? "odd-index" : "even-index"));
console.log([...m.keys()].join(), m.get("fizz").join(), m.get("odd-index").join(), m.get("even-index").join());
const k1 = { id: 1 }, k2 = { id: 2 };
const byObj = Map.groupBy(["a", "b", "c"], (x) => (x === "b" ? k2 : k1));
console.log(byObj.size, byObj.get(k1).join(), byObj.get(k2).join(), byObj.get({ id: 1 }));
const z = Map.groupBy([0, -0, NaN, NaN, 1], (x) => x);
console.log(z.size, [...z.keys()].map((k) => Object.is(k, -0) ? "-0" : String(k)).join(), z.get(0).length, z.get(NaN).length);
console.log(Map.groupBy("abca", (c) => c).get("a").length, Map.groupBy([], () => 1).size, Map.groupBy(new Set([1, 2]), (x) => x > 1).get(true)[0]);
const g = Map.groupBy([1], () => "k");
console.log(g instanceof Map, Array.isArray(g.get("k")), Object.getPrototypeOf(g) === Map.prototype);
try { Map.groupBy(null, () => 1); } catch (e) { console.log(e.constructor.name); }
try { Map.groupBy([1], 1); } catch (e) { console.log(e.constructor.name); }
try { Map.groupBy(1, () => 1); } catch (e) { console.log(e.constructor.name); }
let closed = 0;
const it = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return() { closed++; return {}; } }; } };
try { Map.groupBy(it, () => { throw new Error("cb"); }); } catch (e) { console.log(e.message, closed); }
const keysSeen = [];
Map.groupBy(["x", "y"], (v, i) => { keysSeen.push(typeof i, i); return v; });
console.log(keysSeen.join(), Map.groupBy.length, Map.groupBy.name);
class SubMap extends Map {}
console.log(SubMap.groupBy([1], (x) => x) instanceof SubMap);
