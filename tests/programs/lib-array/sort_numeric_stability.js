// sort with comparators on records: stability across many equal keys, mixed types
const items = [];
for (let i = 0; i < 40; i++) items.push({ k: (i * 7) % 5, i });
const sorted = items.slice().sort((a, b) => a.k - b.k);
console.log(sorted.map(x => x.k + ":" + x.i).join(" "));
let stable = true;
for (let i = 1; i < sorted.length; i++) if (sorted[i - 1].k === sorted[i].k && sorted[i - 1].i > sorted[i].i) stable = false;
console.log(stable);
console.log([5, 25, 100, 1, -2, 0.5, -0.5].sort((a, b) => a - b), [5, 25, 100, 1].sort((a, b) => b - a));
console.log(["B", "a", "C", "b"].sort((x, y) => x.toLowerCase() < y.toLowerCase() ? -1 : 1));
console.log([1, "10", 2, "1"].sort(), [1, "10", 2, "1"].sort((a, b) => a - b));
console.log([Infinity, -Infinity, 0, NaN, -1].sort((a, b) => a - b));
const words = "the quick brown fox jumps over the lazy dog".split(" ");
console.log(words.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)).join(" "));
