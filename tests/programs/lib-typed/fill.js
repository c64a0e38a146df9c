// fill: value converted once, start/end relative
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
for (const args of [[7], [7, 1], [7, 1, 3], [7, -2], [7, -3, -1], [7, 5], [7, 0, 0], [7, "1", "2"], [7, NaN], [7, -Infinity, Infinity]]) show(JSON.stringify(args), () => new Uint8Array(5).fill(...args).join());
show("conversion once", () => { let n = 0; new Uint8Array(4).fill({ valueOf() { n++; return 3; } }); return n; });
show("conversion wraps", () => new Int8Array(3).fill(200).join());
show("float", () => new Float32Array(2).fill(0.1).join());
show("bigint", () => new BigInt64Array(2).fill(-5n).join());
show("bigint wrong", () => new BigInt64Array(2).fill(5));
show("number wrong", () => new Int8Array(2).fill(5n));
show("returns this", () => { const t = new Uint8Array(1); return t.fill(1) === t; });
show("clamped", () => new Uint8ClampedArray(2).fill(-1).join());
