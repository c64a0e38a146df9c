// Object.prototype.toString and @@toStringTag for binary data objects
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
for (const v of [new Int8Array(1), new Uint8Array(1), new Uint8ClampedArray(1), new Int16Array(1), new Uint16Array(1), new Int32Array(1), new Uint32Array(1), new Float32Array(1), new Float64Array(1), new BigInt64Array(1), new BigUint64Array(1), new ArrayBuffer(1), new SharedArrayBuffer(1), new DataView(new ArrayBuffer(1)), Atomics, Int8Array.prototype, Object.getPrototypeOf(Int8Array.prototype), ArrayBuffer.prototype, DataView.prototype])
  console.log(Object.prototype.toString.call(v), v[Symbol.toStringTag]);
show("typeof", () => [typeof Int8Array, typeof new Int8Array(1), typeof new ArrayBuffer(1)]);
show("Array.isArray", () => [Array.isArray(new Uint8Array(1)), Array.isArray(new ArrayBuffer(1))]);
show("instanceof", () => [new Uint8Array(1) instanceof Object.getPrototypeOf(Uint8Array), new Uint8Array(1) instanceof Int8Array]);
show("valueOf", () => { const t = new Uint8Array(1); return t.valueOf() === t; });
show("Number(ta)", () => [Number(new Uint8Array([5])), Number(new Uint8Array([5, 6])), Number(new Uint8Array(0))]);
show("+ta", () => +new Float64Array([2.5]));
show("== string", () => new Uint8Array([1, 2]) == "1,2");
