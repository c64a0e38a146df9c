// Uint8Array element conversion (ToUint8): modulo 2**8
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const vals = [0, 1, -1, 255, 256, 257, -255, -256, 511.99, -0.99, 3.7, NaN, Infinity, -Infinity, 4294967296 + 5, "256", " 7 ", "", "1e2", []];
const a = new Uint8Array(vals);
console.log(a.join(" "));
for (const v of vals) { const t = new Uint8Array(1); t[0] = v; console.log(JSON.stringify(String(v)), t[0]); }
show("out of range write ignored", () => { const t = new Uint8Array(2); t[5] = 9; return [t.length, t[5], Object.keys(t).join()]; });
show("negative index", () => { const t = new Uint8Array(2); t[-1] = 9; return [t[-1], t.hasOwnProperty(-1)]; });
show("fractional index", () => { const t = new Uint8Array(2); t[0.5] = 9; return [t[0.5], "0.5" in t]; });
