// Math.sin / cos / tan / asin / acos / atan: special values and well-known results
// finite results are compared to 14 significant digits: V8's fdlibm-derived functions and the C
// library may differ in the last bit (the spec leaves them implementation-approximated)
const f = v => Object.is(v, -0) ? "-0" : (Number.isFinite(v) && v !== 0 ? String(+v.toPrecision(14)) : String(v));
const xs = [0, -0, 1, -1, 0.5, Math.PI, Math.PI / 2, Math.PI / 4, -Math.PI / 6, 2, 1e-300, 1e300, NaN, Infinity, -Infinity];
for (const x of xs) console.log(f(x), ["sin", "cos", "tan", "asin", "acos", "atan"].map(m => f(Math[m](x))).join(" "));
console.log(Math.asin(1) * 2 === Math.PI, Math.acos(-1) === Math.PI, Math.atan(Infinity) * 2 === Math.PI, Math.atan(-Infinity));
