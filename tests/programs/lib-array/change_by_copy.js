// toSorted / toReversed / toSpliced / with: copies, holes become undefined, range checks
const a = [3, , 1];
console.log(a.toSorted(), a.toReversed(), a.toSpliced(0, 1), a.with(1, 2), a);
console.log([1, 2, 3].toSpliced(), [1, 2, 3].toSpliced(1), [1, 2, 3].toSpliced(1, 1, "x", "y"), [1, 2, 3].toSpliced(-1, 0, 0));
console.log([1, 2, 3].with(-1, 9), [1, 2, 3].with("1", 9));
for (const i of [3, -4, Infinity]) {
  try { [1, 2, 3].with(i, 0); } catch (e) { console.log(e.constructor.name, e.message); }
}
console.log(Array.prototype.toReversed.call({ length: 2, 0: "a" }), Array.prototype.toSorted.call({ length: 2, 0: "b", 1: "a" }));
console.log(Array.prototype.with.call({ length: 1, 0: 1 }, 0, 2), Array.prototype.toSpliced.call("abc", 1, 1));
class Sub extends Array {}
const s = Sub.from([2, 1]);
console.log(s.toSorted() instanceof Sub, s.toReversed().constructor === Array);
try { [].toSorted("x"); } catch (e) { console.log(e.constructor.name); }
try { Array.prototype.toReversed.call({ length: 2 ** 32 }); } catch (e) { console.log(e.constructor.name); }
console.log([1, 2, 3].toSorted((x, y) => y - x), [].toSpliced.length, [].with.length);
