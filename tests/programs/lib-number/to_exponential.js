// Number.prototype.toExponential: shortest digits without an argument, exact rounding with one
const xs = [0, -0, 1, 123456, 0.00015, 1.5, 2.5, -2.5, 1.25, 1.35, 1.45, 9.5, 99.5, 123.456, 1e21, 1e-7, 5e-324, 1.7976931348623157e308, 0.1, 1 / 3, -1234.5678, NaN, Infinity, -Infinity];
for (const x of xs) console.log(String(x), x.toExponential(), x.toExponential(0), x.toExponential(1), x.toExponential(3), x.toExponential(20));
console.log((1).toExponential(100));
for (const d of [-1, 101, Infinity, NaN, 2.9, "2", null, undefined]) {
  try { console.log(String(d), (12.345).toExponential(d)); } catch (e) { console.log(String(d), e.name, e.message); }
}
console.log(NaN.toExponential(Infinity), Infinity.toExponential(-5), (-Infinity).toExponential(1000));
const log = [];
try { (1).toExponential({ valueOf() { log.push("coerced"); return 200; } }); } catch (e) { log.push(e.name); }
console.log(log.join(","));
try { Number.prototype.toExponential.call("1"); } catch (e) { console.log(e.name, e.message); }
console.log(Number.prototype.toExponential.length, Number.prototype.toExponential.name);
