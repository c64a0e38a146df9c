// Number.prototype.toPrecision: fixed vs exponential notation, exact rounding, ranges
const xs = [0, -0, 1, -1, 0.5, 2.5, 1.25, 1.45, 123.456, 123456, 1e21, 1e-6, 1e-7, 0.000123, 1.5e-7, 99.99, 999.5, 1 / 3, 5e-324, 1.7976931348623157e308, 2 ** 53 + 2, NaN, Infinity, -Infinity];
for (const x of xs) console.log(String(x), x.toPrecision(), x.toPrecision(1), x.toPrecision(2), x.toPrecision(3), x.toPrecision(6), x.toPrecision(21));
console.log((1 / 3).toPrecision(100), (0).toPrecision(100).length);
for (const p of [0, 101, -1, Infinity, NaN, 1.9, "4", null, undefined]) {
  try { console.log(String(p), (98.765).toPrecision(p)); } catch (e) { console.log(String(p), e.name, e.message); }
}
console.log(NaN.toPrecision(0), Infinity.toPrecision(1000));
try { Number.prototype.toPrecision.call(true, 2); } catch (e) { console.log(e.name, e.message); }
console.log(Number.prototype.toPrecision.length);
