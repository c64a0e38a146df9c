// flat / flatMap: depth coercion, holes, array-likes not flattened, species, errors
const a = [1, [2, [3, [4, [5]]]]];
console.log(a.flat(), a.flat(2), a.flat(Infinity), a.flat(0), a.flat(-1), a.flat("2"), a.flat(NaN));
console.log([1, , [2, , 3]].flat(), [[]].flat(), [[[]]].flat(Infinity));
console.log([{ length: 1, 0: "x" }].flat(), ["ab"].flat());
console.log([1, 2].flatMap(x => [x, x * 10]), [1, 2].flatMap(x => [[x]]), [1].flatMap(x => x));
console.log([1, 2].flatMap(function (x) { return this.k + x; }, { k: "k" }));
console.log(["a b", "c"].flatMap(s => s.split(" ")));
try { [1].flatMap(); } catch (e) { console.log(e.constructor.name); }
console.log(Array.prototype.flat.call({ length: 2, 0: [1, 2], 1: 3 }));
console.log(Array.prototype.flatMap.call("ab", c => [c, c.toUpperCase()]));
const p = new Proxy([1, [2]], {});
console.log([p].flat(2), [1, [2]].flat.length, [].flatMap.length);
console.log([[1, 2], [3]].flatMap((x, i, arr) => x.length + i + arr.length));
