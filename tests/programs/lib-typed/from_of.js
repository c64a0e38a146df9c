// %TypedArray%.from / .of
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
show("of", () => Int16Array.of(1, -2, 70000).join());
show("of empty", () => Float32Array.of().length);
show("from array", () => Uint8Array.from([1, 2, 300]).join());
show("from mapfn", () => Int8Array.from([1, 2], (v, i) => v * 10 + i).join());
show("from thisArg", () => Int8Array.from([1], function (v) { return v + this.k; }, { k: 4 }).join());
show("from string", () => Uint8Array.from("123").join());
show("from Set", () => Float64Array.from(new Set([0.5, 0.5, 1])).join());
show("from array-like", () => Uint8Array.from({ length: 2, 0: 7 }).join());
show("from TA", () => Int16Array.from(new Uint8Array([255])).join());
show("bad mapfn", () => Uint8Array.from([], 1));
show("this not ctor", () => Uint8Array.from.call({}, []));
show("of this not ctor", () => Uint8Array.of.call(Math.max, 1));
show("from null", () => Uint8Array.from(null));
show("custom this", () => { function C(n) { return new Int8Array(n); } return Int8Array.from.call(C, [1, 2]).join(); });
show("this too small", () => { function C() { return new Int8Array(1); } return Int8Array.of.call(C, 1, 2); });
show("bigint of", () => BigInt64Array.of(1n, -1n).join());
show("bigint from numbers", () => BigInt64Array.from([1]));
