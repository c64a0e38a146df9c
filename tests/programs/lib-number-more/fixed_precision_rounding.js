// toFixed / toPrecision / toExponential rounding ties and edge cases
const ties = [1.005, 1.045, 1.45, 2.5, 0.5, 1.5, -1.5, 8.345, 8.335, 1.0049999999999999, 10.235, 0.000001, 123.456, 1e-7, 5e-324];
for (const v of ties) console.log(String(v).padEnd(20), [0, 1, 2, 3].map(d => v.toFixed(d)).join(" "), "|", [1, 2, 3, 4].map(p => v.toPrecision(p)).join(" "), "|", [0, 1, 2].map(d => v.toExponential(d)).join(" "));
console.log((25).toExponential(0), (35).toExponential(0), (15).toExponential(0), (-25).toExponential(0), (12345).toExponential(), (0).toExponential(2), (-0).toExponential(), (1.25).toExponential(1), (1.35).toExponential(1));
console.log((25).toPrecision(1), (35).toPrecision(1), (1e21).toPrecision(3), (123456).toPrecision(2), (0.00001234).toPrecision(2), (1e-7).toPrecision(1), (100).toPrecision(3), (100).toPrecision(2), (-0).toPrecision(1));
console.log((1e21).toFixed(2), (1e20).toFixed(2), (-1e21).toFixed(), (0.5).toFixed(), (-0.5).toFixed(), (-0).toFixed(2), (1.23e-10).toFixed(2), (-1.23e-10).toFixed(2), (2 ** 60).toFixed(0));
console.log((123.456).toFixed(100).length, (0).toFixed(100).slice(0, 6), (1).toPrecision(100).length, (1).toExponential(100).length);
console.log(NaN.toFixed(2), Infinity.toFixed(2), (-Infinity).toExponential(2), NaN.toPrecision(200), Infinity.toExponential(-1), NaN.toExponential(Infinity));
for (const [m, a] of [["toFixed", -1], ["toFixed", 101], ["toFixed", Infinity], ["toPrecision", 0], ["toPrecision", 101], ["toExponential", -1], ["toExponential", 101]]) {
  try { (1)[m](a); console.log("ok", m, a); } catch (e) { console.log(m, a, e.constructor.name + ": " + e.message); }
}
console.log((1.5).toFixed(undefined), (1.5).toFixed(null), (1.55).toFixed("1"), (1.5).toFixed(NaN), (1.56).toFixed(1.9), (1234.5678).toPrecision(undefined), (1234.5678).toExponential(undefined));
// argument coercion precedes or follows the non-finite check?
const log = [];
console.log(NaN.toFixed({ valueOf() { log.push("fixed"); return 2; } }), NaN.toExponential({ valueOf() { log.push("exp"); return 2; } }), NaN.toPrecision({ valueOf() { log.push("prec"); return 2; } }), log.join(","));
try { Number.prototype.toFixed.call("1", 2); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
console.log(Number.prototype.toFixed.call(new Number(2.345), 2), Number.prototype.toFixed.length, Number.prototype.toPrecision.length, Number.prototype.toExponential.length);
console.log((0.1 + 0.2).toFixed(20), (1 / 3).toPrecision(21), (2 / 3).toExponential(20), (9.995).toFixed(2), (99.995).toPrecision(4));
