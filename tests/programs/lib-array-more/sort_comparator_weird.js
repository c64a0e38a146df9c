// sort with comparators returning non-numbers, undefined elements and holes ordering
const show = a => JSON.stringify(a, (k, v) => v === undefined ? "U" : v) + " keys=" + Object.keys(a).length + " len=" + a.length;
console.log(show([3, undefined, 1, , 2, undefined, , 0].sort()));
console.log(show([3, undefined, 1, , 2].sort((a, b) => b - a)));
console.log(show([3, 1, 2].sort(() => 0)), show([3, 1, 2].sort(() => NaN)), show([3, 1, 2].sort(() => "1")), show([3, 1, 2].sort((a, b) => String(a - b))));
console.log(show([3, 1, 2].sort((a, b) => a > b)), show([3, 1, 2].sort((a, b) => (a > b) - (a < b))), show([3, 1, 2].sort((a, b) => ({ valueOf: () => a - b }))));
console.log(show([5, 1, 4].sort((a, b) => a < b ? -Infinity : Infinity)), show([5, 1, 4].sort((a, b) => a < b ? -0 : 1e-300)));
console.log(show([5, 1, 4].sort((a, b) => b - a ? (b - a) + "" : null)));
// comparator called with undefined? never
const seen = [];
[undefined, 2, undefined, 1].sort((a, b) => { seen.push(typeof a + typeof b); return a - b; });
console.log([...new Set(seen)].join(","));
// comparator errors propagate; toString errors in default compare
try { [2, 1].sort(() => { throw new RangeError("cmp"); }); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
try { [2, 1].sort(() => Symbol()); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
try { [{ toString() { throw new EvalError("ts"); } }, 1].sort(); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
for (const bad of [null, 1, "f", {}, true]) { try { [2, 1].sort(bad); } catch (e) { console.log(String(bad), e.constructor.name + ": " + e.message); } }
// stable sort with ties
const people = [["b", 1], ["a", 2], ["c", 1], ["d", 2], ["e", 1], ["f", 0]];
console.log(people.slice().sort((x, y) => x[1] - y[1]).map(p => p[0]).join(""));
// default sort is by UTF-16 code units
console.log(["\uD83D\uDE00", "\uFF5E", "b", "B", "a", "10", "9", "1", "-1", "", " "].sort().map(s => JSON.stringify(s)).join(" "));
console.log([10, 9, 1, -1, -0, 0, 1e21, 2e-7, NaN, Infinity, -Infinity].sort().map(String).join(" "));
// array-likes with holes and prototype-inherited elements
const al = { length: 5, 0: "c", 2: "a", 4: undefined };
Array.prototype.sort.call(al);
console.log(JSON.stringify(al, (k, v) => v === undefined ? "U" : v), Object.keys(al).join(","));
const proto = [, "zz"]; const obj = Object.setPrototypeOf({ length: 3, 0: "b", 2: "a" }, proto);
Array.prototype.sort.call(obj);
console.log(Object.keys(obj).join(","), obj[0], obj[1], obj[2]);
// sort returns same object; sort on typed-array like
const same = [2, 1]; console.log(same.sort() === same, Array.prototype.sort.call({ length: 0 }).length);
// toSorted leaves holes as undefined
console.log(show([3, , 1].toSorted()), Array.prototype.sort.length);
// mutation of array during comparator does not crash; length preserved
const mut = [5, 4, 3, 2, 1];
mut.sort((a, b) => { mut.length = 3; return a - b; });
console.log(mut.length <= 5, typeof mut[0]);
