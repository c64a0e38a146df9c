// copyWithin on typed arrays (memmove semantics)
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
for (const args of [[0, 3], [1, 0], [0, 1, 3], [-2, 0], [2, -3, -1], [0, 0], [5, 0], [0, -1], [1, 0, 100], ["1", "3"]]) show(JSON.stringify(args), () => new Int8Array([1, 2, 3, 4, 5]).copyWithin(...args).join());
show("float bits kept", () => new Float64Array([NaN, 1.5, -0]).copyWithin(0, 1).map(x => Object.is(x, -0) ? 99 : x).join());
show("subarray view", () => { const a = new Uint8Array([1, 2, 3, 4, 5, 6]); a.subarray(2).copyWithin(0, 2); return a.join(); });
show("u16", () => new Uint16Array([1, 2, 3, 4]).copyWithin(1, 0, 2).join());
show("returns this", () => { const t = new Uint8Array(2); return t.copyWithin(0, 1) === t; });
