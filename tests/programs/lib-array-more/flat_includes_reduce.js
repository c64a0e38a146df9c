// flat with depth variants and holes, includes vs indexOf for NaN and -0, reduce edge cases
const nested = [1, [2, [3, [4, [5, , 6]]]], , [[]], [, 7]];
for (const d of [undefined, 0, 1, 2, -1, Infinity, -Infinity, NaN, "2", null, 2.9, true]) {
  console.log(String(d).padEnd(9), JSON.stringify(nested.flat(d)));
}
console.log(JSON.stringify([[1, 2], "ab", { length: 1, 0: "x" }].flat()), JSON.stringify([1, [2, , 3]].flat().length));
const spreadable = { length: 2, 0: "s0", 1: "s1", [Symbol.isConcatSpreadable]: true };
console.log(JSON.stringify([spreadable].flat()));
console.log(JSON.stringify(Array.prototype.flat.call({ length: 3, 0: [1, 2], 2: [3] })));
console.log(JSON.stringify([[1], [2]].flatMap(x => x)), JSON.stringify([1, 2].flatMap(x => [[x, x]])), JSON.stringify(["a b", "c"].flatMap(s => s.split(" "))));
try { [1].flatMap(); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// includes vs indexOf
const arr = [NaN, -0, 0, undefined, , null, "1", 1];
for (const v of [NaN, 0, -0, +0, undefined, null, "1", 1, "0"]) console.log(String(v).padEnd(9), arr.includes(v), arr.indexOf(v), arr.lastIndexOf(v));
console.log([-0].indexOf(0), Object.is([0].find(x => Object.is(x, 0)), 0), [, ,].includes(undefined), [, ,].indexOf(undefined), [1, 2, 3].includes(3, -1), [1, 2, 3].includes(1, -2), [1, 2, 3].indexOf(3, 3), [1, 2, 3].includes(1, -Infinity), [1, 2, 3].lastIndexOf(3, -2));
console.log(Array.prototype.includes.call({ length: 2, 0: NaN }, NaN), Array.prototype.includes.call("abc", "b"), Array.prototype.indexOf.call({ length: -1, 0: 1 }, 1), new Float64Array([NaN]).includes(NaN), new Float64Array([NaN]).indexOf(NaN));
// reduce / reduceRight
for (const [a, init] of [[[], undefined], [[], 0], [[, ,], undefined], [[, ,], "i"], [[, 5, ,], undefined], [[1], undefined], [[1, 2, 3], undefined], [[1, 2, 3], 10]]) {
  for (const m of ["reduce", "reduceRight"]) {
    const calls = [];
    try {
      const r = init === undefined && m ? a[m]((acc, x, i) => { calls.push(i); return acc + "+" + x; }) : a[m]((acc, x, i) => { calls.push(i); return acc + "+" + x; }, init);
      console.log(m, JSON.stringify(a), init, "->", r, "idx", calls.join(""));
    } catch (e) { console.log(m, JSON.stringify(a), init, e.constructor.name + ": " + e.message); }
  }
}
console.log([1, 2].reduce((a, b) => a + b, undefined), [0, 1].reduce((acc, x, i, arr) => { arr.push(9); return acc + x; }), [1, 2, 3].reduce((acc, x, i, arr) => { delete arr[2]; return acc + x; }));
try { [1].reduce("nope"); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
