const m = new Map([["a", 1], ["b", 2]]);
for (const [k, v] of m) { console.log(k, v); if (k === "a") m.set("c", 3); }
const s = new Set([1, 2, 3]);
const seen = [];
for (const x of s) { seen.push(x); if (x === 1) s.delete(2); if (x === 3) s.add(4); }
console.log(seen);
console.log([...m.keys()], [...m.values()], [...s.entries()]);
const mi = m[Symbol.iterator]();
console.log(mi.next(), Object.prototype.toString.call(mi));
