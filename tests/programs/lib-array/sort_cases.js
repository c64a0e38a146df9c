// sort: default string order, comparators, undefined, holes, stability, errors
console.log([10, 9, 1, 100, 25, -1, -10].sort());
console.log([10, 9, 1, 100, 25, -1, -10].sort((a, b) => a - b));
console.log(["b", "a", "B", "A", "aa", "", "ä", "z"].sort());
console.log([3, undefined, 1, , 2, undefined].sort());
console.log([3, undefined, 1, , 2].sort((a, b) => b - a));
console.log([true, false, null, "null", 0, NaN, -0].sort());
console.log([0.5, 1e21, 1e-7, 2, -3].sort());
const people = [["a", 2], ["b", 1], ["c", 2], ["d", 1], ["e", 2], ["f", 1]];
console.log(people.sort((x, y) => x[1] - y[1]).map(p => p[0]).join(""));
console.log([3, 1, 2].sort(() => NaN), [3, 1, 2].sort(() => 0), [1, 2, 3].sort(() => -1).length);
console.log([3, 1, 2].sort((a, b) => ({ valueOf() { return a - b; } })));
try { [1, 2].sort(null); } catch (e) { console.log(e.constructor.name, e.message); }
try { [1, 2].sort(1); } catch (e) { console.log(e.constructor.name, e.message); }
try { [2, 1].sort(() => { throw new RangeError("cmp"); }); } catch (e) { console.log(e.constructor.name, e.message); }
try { [Symbol(), Symbol()].sort(); } catch (e) { console.log(e.constructor.name); }
const o = { length: 3, 0: "c", 1: "a", 2: "b" };
console.log(JSON.stringify(Array.prototype.sort.call(o)));
const o2 = { length: 4, 0: 2, 2: 1 };
console.log(JSON.stringify(Array.prototype.sort.call(o2)), 3 in o2, 2 in o2);
const arr = [5, 1, 4];
console.log(arr.sort() === arr, arr.toSorted() !== arr, arr);
console.log([..."hello world"].sort().join(""));
console.log(["10", 9, "8", 7].sort(), [[2], [1, 5], [1]].sort());
const objs = [{ toString() { return "b"; } }, { toString() { return "a"; } }];
console.log(objs.sort().map(String));
console.log(["\ud83d\ude00", "\uffff", "a"].sort().map(s => s.length));
console.log([2, 1].toSorted(undefined), [].sort(), [1].sort((a, b) => { throw 1; }));
