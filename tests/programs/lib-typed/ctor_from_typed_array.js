// TypedArray(typedArray): element-wise conversion into a fresh buffer
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const src = new Float64Array([1.5, -1.5, 300, -300, NaN, Infinity, 65536 + 7]);
for (const C of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array])
  console.log(C.name, new C(src).join(" "));
show("new buffer", () => { const a = new Uint8Array([1, 2]); const b = new Uint8Array(a); b[0] = 9; return [a[0], b[0], a.buffer === b.buffer]; });
show("subarray source", () => new Int16Array(new Uint8Array([1, 2, 3, 4]).subarray(1, 3)).join());
show("same type copies bytes", () => Array.from(new Float32Array(new Float32Array([0.1]))).join());
show("bigint to bigint", () => new BigUint64Array(new BigInt64Array([-1n])).join());
show("mixing throws", () => new Int8Array(new BigInt64Array(1)));
show("ctor identity", () => new Uint16Array(new Uint8Array(2)).constructor.name);
