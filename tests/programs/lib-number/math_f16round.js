// Math.f16round (ES2025, sec-math.f16round): node 20 lacks it, so the expected output was
// derived by hand from IEEE 754 binary16 (10 fraction bits, round half to even, max 65504).
const f = v => Object.is(v, -0) ? "-0" : String(v);
const xs = [0, -0, 1, -1, 1.337, 0.1, 65504, 65519.99, 65520, -65520, 1e10, 2 ** -24, 2 ** -25, 2 ** -25 + 2 ** -40, -(2 ** -25), 3 * 2 ** -25, 1e-10, 2 ** -14, 1.0009765625, 1.00048828125, 1.00146484375, 2049, 2051, NaN, Infinity, -Infinity, "1.5", null, undefined, true];
for (const x of xs) console.log(f(x), f(Math.f16round(x)));
console.log(f(Math.f16round()), Math.f16round.length, Math.f16round.name);
try { Math.f16round(1n); } catch (e) { console.log(e.name); }
