// fround of exactly representable and exactly rounded values
const fmt = (v) => (Object.is(v, -0) ? "-0" : String(v));
const vals = [0, -0, 1, -1, 0.5, 0.25, 1.5, 2 ** 24, 2 ** 24 + 1, 2 ** 24 + 2, 2 ** 24 + 3, 2 ** 127, 2 ** 128, -(2 ** 128),
  3.4028234663852886e38, 3.4028235677973366e38, 2 ** -149, 2 ** -150, -(2 ** -150), 2 ** -151, 3 * 2 ** -150, NaN, Infinity, -Infinity,
  0.1, 5e-324, 1e-45, 1.401298464324817e-45, 2 ** -126, 16777217, 8388607.5, 8388608.5];
for (const v of vals) console.log(fmt(v).padEnd(24), fmt(Math.fround(v)));
console.log(Math.fround(), Math.fround("1.5"), Math.fround(null), Math.fround(true), Math.fround.length);
// fround is idempotent
console.log([0.1, 0.2, 1 / 3, Math.PI].every(x => Math.fround(Math.fround(x)) === Math.fround(x)));
// matches Float32Array storage
const f32 = new Float32Array(1);
console.log([0.1, 1 / 3, 1e40, 1e-46, 123456789].every(x => { f32[0] = x; return Object.is(f32[0], Math.fround(x)); }));
try { Math.fround(1n); } catch (e) { console.log(e.constructor.name); }
