// ES2025 Set methods with Sets, Maps and set-like objects.  Node 20 lacks them: the
// expected output was derived by hand from ECMA-262 2025 (sec-set.prototype.union ff.).
const show = (s) => [...s].map(String).join(",") + " (" + s.constructor.name + ")";
const a = new Set([1, 2, 3, 4]), b = new Set([3, 4, 5]);
console.log(show(a.union(b)), show(a.intersection(b)), show(a.difference(b)), show(a.symmetricDifference(b)));
console.log(a.isSubsetOf(b), new Set([3]).isSubsetOf(b), a.isSupersetOf(new Set([1, 4])), a.isDisjointFrom(b), a.isDisjointFrom(new Set([9])));
console.log(show(b.intersection(a)), show(new Set().union(new Set([NaN, NaN]))));
const m = new Map([[2, "x"], [9, "y"]]);
console.log(show(a.union(m)), show(a.intersection(m)), a.isSupersetOf(m));
const setLike = { size: 2, has(v) { return v === 1 || v === 7; }, *keys() { yield 7; yield 1; } };
console.log(show(a.union(setLike)), show(a.intersection(setLike)), show(a.difference(setLike)), show(a.symmetricDifference(setLike)));
console.log(new Set([-0]).union(new Set([0])).size, [...new Set([1]).union({ size: 1, has() {}, *keys() { yield -0; } })].map(x => Object.is(x, -0)).join());
class MySet extends Set {}
console.log(show(new MySet([1]).union(new Set([2]))));
const log = [];
const tracked = {
  get size() { log.push("size"); return 1; },
  get has() { log.push("has"); return () => true; },
  get keys() { log.push("keys"); return function* () { yield 1; }; },
};
new Set([1, 2]).union(tracked);
console.log(log.join());
for (const bad of [1, [], { size: NaN, has() {}, keys() {} }, { size: -1, has() {}, keys() {} }, { size: 1, has: 1, keys() {} }, { size: 1, has() {}, keys: null }, { size: undefined, has() {}, keys() {} }]) {
  try { new Set().union(bad); console.log("ok"); } catch (e) { console.log(e.constructor.name); }
}
console.log(new Set([1]).union({ size: "1", has() {}, *keys() {} }).size, new Set([1]).isSubsetOf({ size: Infinity, has: () => true, keys() {} }));
try { Set.prototype.union.call(new Map(), new Set()); } catch (e) { console.log("receiver", e.constructor.name); }
try { new Set().union({ size: 0, has() {}, keys() { return 1; } }); } catch (e) { console.log("keys result", e.constructor.name); }
let closes = 0;
const closing = { size: 0, has() { return false; }, keys() { return { next() { return { value: 1, done: false }; }, return() { closes++; return {}; } }; } };
console.log(new Set([1, 2]).isSupersetOf({ ...closing, keys() { return { next() { return { value: 5, done: false }; }, return() { closes++; return {}; } }; } }), new Set([1, 2]).isDisjointFrom(closing), closes);
console.log(["union", "intersection", "difference", "symmetricDifference", "isSubsetOf", "isSupersetOf", "isDisjointFrom"].map(n => Set.prototype[n].length).join(""));
