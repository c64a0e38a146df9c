// Int8Array element conversion (ToInt8) at and beyond the boundaries
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const vals = [0, 1, -1, 127, 128, -128, -129, 255, 256, 257, 1.9, -1.9, 0.5, -0.5, NaN, Infinity, -Infinity, 1e10, -1e10, 2 ** 53, -(2 ** 53), "12", "0x7f", "abc", true, false, null, undefined, [5], {}];
const a = new Int8Array(vals.length);
vals.forEach((v, i) => { a[i] = v; });
for (let i = 0; i < vals.length; i++) console.log(String(vals[i]), "->", a[i], Object.is(a[i], -0));
show("from list", () => Array.from(new Int8Array(vals)).join(","));
show("valueOf called", () => { let n = 0; const t = new Int8Array(1); t[0] = { valueOf() { n++; return 300; } }; return [t[0], n]; });
show("symbol", () => { const t = new Int8Array(1); t[0] = Symbol(); return t[0]; });
show("bigint", () => { const t = new Int8Array(1); t[0] = 1n; return t[0]; });
