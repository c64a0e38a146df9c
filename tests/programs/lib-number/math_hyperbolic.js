// Math.sinh / cosh / tanh / asinh / acosh / atanh: special values
// finite results are compared to 14 significant digits: V8's fdlibm-derived functions and the C
// library may differ in the last bit (the spec leaves them implementation-approximated)
const f = v => Object.is(v, -0) ? "-0" : (Number.isFinite(v) && v !== 0 ? String(+v.toPrecision(14)) : String(v));
const xs = [0, -0, 1, -1, 0.5, -0.5, 2, 710, -710, 1e-300, NaN, Infinity, -Infinity];
for (const x of xs) console.log(f(x), ["sinh", "cosh", "tanh", "asinh", "acosh", "atanh"].map(m => f(Math[m](x))).join(" "));
console.log(Math.sinh(1) === (Math.E - 1 / Math.E) / 2, Math.abs(Math.cosh(1) - 1.5430806348152437) < 1e-15, Math.tanh(20), Math.atanh(0.5).toFixed(15));
for (const m of ["sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]) console.log(m, Math[m].length, Math[m].name);
