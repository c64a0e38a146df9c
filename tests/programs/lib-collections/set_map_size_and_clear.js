// size accounting through add/delete/clear and re-adding, large collections
const s = new Set();
for (let i = 0; i < 1000; i++) s.add(i % 250);
console.log(s.size);
for (let i = 0; i < 1000; i += 2) s.delete(i);
console.log(s.size, s.has(1), s.has(2), [...s].slice(0, 5));
s.clear(); console.log(s.size, [...s].length);
s.add("back"); console.log(s.size, [...s]);
const m = new Map();
for (let i = 0; i < 500; i++) m.set("k" + (i % 100), i);
console.log(m.size, m.get("k0"), m.get("k99"), [...m.keys()].slice(0, 3));
for (const k of m.keys()) m.delete(k);
console.log(m.size, m.set("z", 1).size, m.delete("z"), m.size);
