let i = 0;
do i++; while (i < 0);
console.log("do runs once:", i);
for (;;) { if (++i > 3) break; }
console.log(i);
let s = "";
for (const ch of "") s += "never";
for (const k in null) s += "never";
for (const k in undefined) s += "never";
console.log(JSON.stringify(s));
const o = { a: 1, b: 2, c: 3 };
const seen = [];
for (const k in o) { seen.push(k); if (k === "a") delete o.b; }
console.log(seen);
const added = [];
const p = { x: 1 };
for (const k in p) { added.push(k); p.y = 2; }
console.log(added);
let w = 0;
while (w++ < 5) if (w % 2) continue; else w += 0;
console.log(w);
