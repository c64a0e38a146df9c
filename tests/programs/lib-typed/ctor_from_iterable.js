// TypedArray(iterable): Set, Map keys, generators, strings via iterator objects
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
show("Set", () => new Uint8Array(new Set([1, 2, 2, 3])).join());
show("generator", () => new Int32Array((function* () { yield 1; yield -2; yield "3"; })()).join());
show("map keys", () => new Float64Array(new Map([[1.5, "a"], [2.5, "b"]]).keys()).join());
show("string object", () => new Uint8Array(new String("123")).join());
show("iterator throwing", () => new Uint8Array({ [Symbol.iterator]() { return { next() { throw new RangeError("boom"); } }; } }));
show("non-callable iterator", () => new Uint8Array({ [Symbol.iterator]: 1 }));
show("null iterator means array-like", () => new Uint8Array({ [Symbol.iterator]: null, length: 2, 0: 5 }).join());
show("iterator result values", () => { let i = 0; return new Int8Array({ [Symbol.iterator]() { return { next() { i++; return { value: i * 100, done: i > 3 }; } }; } }).join(); });
show("typed array is iterable", () => new Float32Array(new Uint8Array([1, 2])[Symbol.iterator]()).join());
