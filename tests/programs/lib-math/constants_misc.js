// Math constants and their descriptors, exact log/exp/trig values at special points
const fmt = (v) => (Object.is(v, -0) ? "-0" : String(v));
for (const k of ["E", "LN10", "LN2", "LOG10E", "LOG2E", "PI", "SQRT1_2", "SQRT2"]) {
  const d = Object.getOwnPropertyDescriptor(Math, k);
  console.log(k, d.value, d.writable, d.enumerable, d.configurable);
}
Math.PI = 3;
console.log(Math.PI);
(function () { "use strict"; try { Math.E = 1; } catch (e) { console.log(e.constructor.name); } })();
// exact special values
console.log([0, -0, Infinity, -Infinity, NaN].map(x => fmt(Math.sin(x))).join(" "));
console.log([0, -0, Infinity, -Infinity, NaN].map(x => fmt(Math.tan(x))).join(" "));
console.log([0, -0, Infinity, -Infinity].map(x => fmt(Math.cos(x))).join(" "));
console.log([0, -0, Infinity, -Infinity].map(x => fmt(Math.atan(x) === Math.PI / 2 ? "pi/2" : Math.atan(x) === -Math.PI / 2 ? "-pi/2" : Math.atan(x))).join(" "));
console.log([1, 0, -0, -1, Infinity, NaN].map(x => fmt(Math.log(x))).join(" "));
console.log([0, -0, -Infinity, Infinity, NaN].map(x => fmt(Math.exp(x))).join(" "));
console.log([0, -0, -1, -2, Infinity].map(x => fmt(Math.log1p(x))).join(" "));
console.log([0, -0, -Infinity, Infinity].map(x => fmt(Math.expm1(x))).join(" "));
console.log([1, 2, 4, 1024, 0.5, 0, -0, -1].map(x => fmt(Math.log2(x))).join(" "));
console.log([1, 10, 100, 1e10, 0, -0].map(x => fmt(Math.log10(x))).join(" "));
console.log([0, -0, Infinity, -Infinity].map(x => fmt(Math.sinh(x))).join(" "), [0, -0, Infinity, -Infinity].map(x => fmt(Math.tanh(x))).join(" "));
console.log([0, -0, Infinity, -Infinity].map(x => fmt(Math.cosh(x))).join(" "), [0, -0, Infinity, -Infinity].map(x => fmt(Math.asinh(x))).join(" "));
console.log([1, 0.5, Infinity].map(x => fmt(Math.acosh(x))).join(" "), [0, -0, 1, -1, 2].map(x => fmt(Math.atanh(x))).join(" "));
console.log([0, -0, 1, -1, 2].map(x => fmt(Math.asin(x) === Math.PI / 2 ? "pi/2" : Math.asin(x))).join(" "), [1, 2, -2].map(x => fmt(Math.acos(x))).join(" "));
// atan2 signed zero cases
const A = (y, x) => fmt(Math.atan2(y, x));
console.log(A(0, 0), A(-0, 0), A(0, -0) === String(Math.PI), A(-0, -0) === String(-Math.PI), A(0, 1), A(-0, 1), A(1, Infinity), A(-1, Infinity), A(NaN, 1));
// Math is not callable / constructible
try { Math(); } catch (e) { console.log(e.constructor.name); }
try { new Math.max(); } catch (e) { console.log(e.constructor.name); }
console.log(Object.getPrototypeOf(Math) === Object.prototype, Object.keys(Math).length, typeof Math.random());
