// set algebra written by hand with Set + spread (the pre-ES2025 idioms)
const a = new Set([1, 2, 3]), b = new Set([2, 3, 4]);
const union = new Set([...a, ...b]);
const inter = new Set([...a].filter(x => b.has(x)));
const diff = new Set([...a].filter(x => !b.has(x)));
console.log([...union], [...inter], [...diff], [...union].length);
const dedupe = arr => [...new Set(arr)];
console.log(dedupe([3, 1, 3, "3", NaN, NaN, 0, -0]), dedupe("mississippi").join(""));
const counts = new Map();
for (const w of "the cat and the hat and the bat".split(" ")) counts.set(w, (counts.get(w) || 0) + 1);
console.log([...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([w, n]) => w + n).join(" "));
const byLen = new Map();
for (const w of ["aa", "b", "cc", "ddd"]) { if (!byLen.has(w.length)) byLen.set(w.length, []); byLen.get(w.length).push(w); }
console.log(byLen, Object.fromEntries(byLen), new Map(Object.entries({ x: 1, y: 2 })));
console.log(JSON.stringify([...new Map([[1, { a: 1 }]])]), JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])));
