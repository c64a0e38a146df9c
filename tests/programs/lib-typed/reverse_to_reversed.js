// reverse in place / toReversed copy
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
show("odd", () => new Int8Array([1, 2, 3]).reverse().join());
show("even", () => new Uint16Array([1, 2, 3, 4]).reverse().join());
show("empty", () => new Float32Array(0).reverse().length);
show("float", () => new Float64Array([0.1, -0, NaN]).reverse().map(x => Object.is(x, -0) ? 7 : x).join());
show("subarray", () => { const a = new Uint8Array([1, 2, 3, 4, 5]); a.subarray(1, 4).reverse(); return a.join(); });
show("bigint", () => new BigInt64Array([1n, -2n]).reverse().join());
show("toReversed", () => { const t = new Int32Array([1, 2, 3]); const r = t.toReversed(); return [t.join(), r.join(), r.buffer !== t.buffer, r.constructor.name]; });
show("toReversed species ignored", () => { class My extends Uint8Array {} return new My([1, 2]).toReversed().constructor.name; });
show("reverse returns this", () => { const t = new Uint8Array(2); return t.reverse() === t; });
