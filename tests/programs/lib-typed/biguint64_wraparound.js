// BigUint64Array: ToBigUint64 wraps modulo 2**64
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const vals = [0n, 1n, -1n, 2n ** 64n - 1n, 2n ** 64n, -(2n ** 63n), 2n ** 70n + 7n, -(2n ** 70n)];
const b = new BigUint64Array(vals);
vals.forEach((v, i) => console.log(String(v), "->", b[i]));
show("reinterpret", () => Array.from(new BigInt64Array(new BigUint64Array([2n ** 64n - 2n, 2n ** 63n]).buffer)));
show("from Int32 throws", () => new BigUint64Array(new Int32Array(2)));
show("to Float64 throws", () => new Float64Array(new BigUint64Array(2)));
show("fill", () => new BigUint64Array(3).fill(-2n).join());
show("includes", () => [b.includes(1n), b.includes(1), b.indexOf(0n)]);
