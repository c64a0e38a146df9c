// sort with a comparator: stable, result coerced with ToNumber, NaN treated as 0
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const f = new Float64Array([1.1, 2.1, 1.2, 2.2, 1.3]);
show("by floor", () => f.slice().sort((a, b) => Math.floor(a) - Math.floor(b)).join());
show("descending", () => new Int8Array([1, 3, 2]).sort((a, b) => b - a).join());
show("NaN result", () => new Int8Array([3, 1, 2]).sort(() => NaN).join());
show("string result", () => new Int8Array([3, 1, 2]).sort((a, b) => String(a - b)).join());
show("bool result", () => new Int8Array([3, 1, 2]).sort((a, b) => a > b).join());
show("args are numbers", () => { const seen = new Set(); new Uint8Array([2, 1]).sort((a, b) => { seen.add(typeof a); return a - b; }); return [...seen].join(); });
show("this", () => { let th; new Uint8Array([2, 1]).sort(function () { "use strict"; th = this; return 0; }); return th; });
show("throws", () => new Uint8Array([2, 1]).sort(() => { throw new Error("cmp"); }));
show("bigint cmp", () => new BigInt64Array([5n, 1n, 3n]).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join());
show("toSorted cmp", () => new Int16Array([5, -1, 3]).toSorted((a, b) => b - a).join());
