// every / some / forEach
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const t = new Uint8Array([2, 4, 6]);
show("every", () => [t.every(x => x % 2 === 0), t.every(x => x > 2)]);
show("some", () => [t.some(x => x > 5), t.some(x => x > 6)]);
show("empty", () => [new Uint8Array(0).every(() => false), new Uint8Array(0).some(() => true)]);
show("forEach", () => { const out = []; const r = t.forEach((v, i, a) => out.push(i + "=" + v + (a === t))); return out.join() + " " + r; });
show("short-circuit", () => { let n = 0; t.some(() => { n++; return true; }); return n; });
show("truthy values", () => [t.every(() => "x"), t.some(() => 0), t.some(() => ({}))]);
show("write during", () => { const a = new Uint8Array([1, 2, 3]); const seen = []; a.forEach((v, i) => { if (i === 0) a[2] = 9; seen.push(v); }); return seen.join(); });
show("not callable", () => t.every());
show("lengths", () => [t.every.length, t.some.length, t.forEach.length]);
