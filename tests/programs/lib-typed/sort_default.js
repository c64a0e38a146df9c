// Default numeric sort: -0 before +0, NaN last, not string order
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
show("ints", () => new Int32Array([10, 9, 1, -5, 100, 2]).sort().join());
show("floats", () => Array.from(new Float64Array([3, -0, 0, NaN, -Infinity, 1, Infinity, -0.5, NaN])).map(x => Object.is(x, -0) ? "-0" : String(x)).join());
show("zeros", () => Array.from(new Float32Array([0, -0, 0, -0]).sort()).map(x => Object.is(x, -0) ? "-0" : "0").join());
show("uint32 large", () => new Uint32Array([4294967295, 0, 2147483648, 1]).sort().join());
show("bigint", () => new BigInt64Array([3n, -1n, 2n ** 62n, -(2n ** 63n)]).sort().join());
show("biguint", () => new BigUint64Array([2n ** 64n - 1n, 0n, 5n]).sort().join());
show("returns same", () => { const t = new Uint8Array([2, 1]); return t.sort() === t; });
show("empty", () => new Float64Array(0).sort().length);
show("toSorted", () => { const t = new Int8Array([3, 1, 2]); const s = t.toSorted(); return [t.join(), s.join(), s.constructor.name]; });
show("bad comparator", () => new Uint8Array(2).sort(null));
show("bad comparator toSorted", () => new Uint8Array(2).toSorted("x"));
show("big", () => { const t = new Uint16Array(500); for (let i = 0; i < 500; i++) t[i] = (i * 7919) % 65536; t.sort(); let ok = true; for (let i = 1; i < 500; i++) if (t[i - 1] > t[i]) ok = false; return ok; });
