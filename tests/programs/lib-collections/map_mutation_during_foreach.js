// forEach visits entries added during iteration, skips deleted ones, survives clear
const m = new Map([[1, "a"], [2, "b"], [3, "c"]]);
const seen = [];
m.forEach((v, k, map) => { seen.push(k); if (k === 1) { map.delete(2); map.set(4, "d"); } if (k === 4) map.set(1, "again"); });
console.log(seen.join(), [...m.entries()].join(";"));
const s = new Set([1, 2, 3]);
const seen2 = [];
s.forEach(v => { seen2.push(v); if (v === 2) { s.clear(); s.add(10); } });
console.log(seen2.join(), [...s]);
const s2 = new Set([1]);
let n = 0;
s2.forEach(v => { if (n++ < 3) { s2.delete(v); s2.add(v); } });
console.log(n, [...s2]);
const m2 = new Map([["x", 1]]);
console.log(m2.forEach(() => 42), m2.forEach.length);
const it = m2.keys(); m2.delete("x"); m2.set("y", 2);
console.log(it.next(), it.next());
