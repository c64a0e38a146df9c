// Math.log / log2 / log10 / log1p / exp / expm1 / sqrt / cbrt: special values
// finite results are compared to 14 significant digits: V8's fdlibm-derived functions and the C
// library may differ in the last bit (the spec leaves them implementation-approximated)
const f = v => Object.is(v, -0) ? "-0" : (Number.isFinite(v) && v !== 0 ? String(+v.toPrecision(14)) : String(v));
const xs = [0, -0, 1, -1, 2, 8, 10, 1000, 0.5, 1e-10, -1e-10, 27, -8, 64, 1e300, 5e-324, NaN, Infinity, -Infinity];
for (const x of xs) console.log(f(x), ["log", "log2", "log10", "log1p", "exp", "expm1", "sqrt", "cbrt"].map(m => f(Math[m](x))).join(" "));
console.log(Math.log2(1024), Math.log10(1e-5), Math.exp(1) === Math.E, Math.expm1(1e-10), Math.log1p(1e-10), Math.cbrt(1000), Math.cbrt(0.001), Math.sqrt(2) === Math.SQRT2);
console.log(Math.exp(709), Math.exp(710), Math.exp(-745), Math.exp(-746), Math.expm1(709.8), Math.log(Number.MAX_VALUE));
