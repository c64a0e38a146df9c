// callback arguments, thisArg, mutation during iteration, length read once
"use strict";
const a = [1, 2, 3];
a.forEach(function (v, i, arr) { console.log(this, v, i, arr === a); }, "T");
console.log([1].map(function () { return this; })[0], [1].map(function () { return this; }, 5)[0]);
const b = [1, 2, 3];
console.log(b.map((v, i, arr) => { if (i === 0) arr.push(4); return v; }));
const c = [1, 2, 3, 4];
console.log(c.filter((v, i, arr) => { if (i === 0) arr.length = 2; return true; }));
const d = [1, 2, 3];
const seen = [];
d.some((v, i, arr) => { seen.push(v); if (i === 0) arr[2] = "changed"; return false; });
console.log(seen);
const e = [1, 2, 3];
console.log(e.every((v, i, arr) => { delete arr[1]; return true; }), e);
const f = [5, 6];
console.log(f.find((v, i, arr) => { arr.length = 0; return false; }), f.findLast(() => true));
let reads = 0;
const g = { get length() { reads++; return 2; }, 0: "x", 1: "y" };
Array.prototype.forEach.call(g, () => {}); Array.prototype.map.call(g, x => x); Array.prototype.indexOf.call(g, "y");
console.log(reads);
for (const m of ["forEach", "map", "filter", "some", "every", "find", "findIndex", "findLast", "findLastIndex", "flatMap", "reduce", "reduceRight"]) {
  try { [][m](); } catch (err) { console.log(m, err.constructor.name, err.message); }
}
let order = [];
const h = { get length() { order.push("length"); return 0; } };
try { Array.prototype.map.call(h, null); } catch (err) { order.push(err.constructor.name); }
console.log(order.join());
console.log([1, 2, 3].findLastIndex(x => x < 3), [1, 2].findIndex(x => x > 5), [1, 2].findLast(x => x > 5));
