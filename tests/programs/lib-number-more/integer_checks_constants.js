// Number.isInteger/isSafeInteger/isFinite/isNaN vs globals; MIN_VALUE / EPSILON arithmetic
const vals = [0, -0, 1, -1, 1.5, 2 ** 53, 2 ** 53 - 1, -(2 ** 53 - 1), -(2 ** 53), 2 ** 53 + 2, 1e21, 5e-324, Number.MAX_VALUE, Infinity, -Infinity, NaN, "1", true, null, undefined, [1], 1n, new Number(5), 0.1 + 0.2, 3.0000000000000004];
for (const v of vals) {
  const label = typeof v === "bigint" ? "1n" : typeof v === "object" && v !== null ? (Array.isArray(v) ? "[1]" : "Number(5)") : typeof v === "string" ? '"1"' : String(v);
  console.log(label.padEnd(24), Number.isInteger(v), Number.isSafeInteger(v), Number.isFinite(v), Number.isNaN(v), typeof v === "bigint" ? "-" : isFinite(v), typeof v === "bigint" ? "-" : isNaN(v));
}
try { isNaN(1n); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
try { isFinite(Symbol()); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
console.log(Number.isNaN("NaN"), isNaN("NaN"), isNaN(""), isNaN(" "), isNaN("0x"), isNaN({}), isNaN([]), isNaN(new Date(NaN)));
// constants
console.log(Number.MIN_VALUE, Number.MIN_VALUE / 2, Number.MIN_VALUE * 0.5, Number.MIN_VALUE * 0.75, -Number.MIN_VALUE / 2, Object.is(-Number.MIN_VALUE / 2, -0));
console.log(Number.EPSILON, Number.EPSILON === 2 ** -52, 1 + Number.EPSILON > 1, 1 + Number.EPSILON / 2 === 1, 1 + Number.EPSILON * 0.75 > 1, 1 - Number.EPSILON / 2 < 1);
console.log(Math.abs(0.1 + 0.2 - 0.3) < Number.EPSILON, 0.1 + 0.2 === 0.3, (0.1 * 3).toString(), 0.3 - 0.1);
console.log(Number.MAX_SAFE_INTEGER + 1 === Number.MAX_SAFE_INTEGER + 2, Number.MAX_SAFE_INTEGER + 2, 2 ** 53 + 1, Number.MIN_SAFE_INTEGER - 2);
console.log(Number.MAX_VALUE * 2, Number.MAX_VALUE + 1 === Number.MAX_VALUE, Number.MAX_VALUE + 2 ** 970 === Infinity, Number.MAX_VALUE + 2 ** 969, -Number.MAX_VALUE * 1.0000000000000002);
console.log(5e-324 === Number.MIN_VALUE, 2.4703282292062328e-324, 2.4703282292062327e-324, 2.2250738585072014e-308 / 2, 1 / Number.MIN_VALUE);
const cs = ["MAX_VALUE", "MIN_VALUE", "EPSILON", "MAX_SAFE_INTEGER", "MIN_SAFE_INTEGER", "POSITIVE_INFINITY", "NEGATIVE_INFINITY", "NaN"];
for (const k of cs) { const d = Object.getOwnPropertyDescriptor(Number, k); console.log(k, d.writable, d.enumerable, d.configurable); }
Number.EPSILON = 1; console.log(Number.EPSILON === 2 ** -52);
console.log(Number.isInteger.length, Number.isSafeInteger.name, Number.isFinite === isFinite, Number.isNaN === isNaN);
// -0 handling in arithmetic
console.log(Object.is(0 * -1, -0), Object.is(-0 + 0, 0), Object.is(-0 - 0, -0), Object.is(Math.round(-0.4), -0), Object.is(-1 % 1, -0), Object.is(0 / -5, -0), 1 / -0, Object.is(Math.min(0, -0), -0), Object.is(Math.max(-0, 0), 0));
console.log(String(-0), (-0).toString(), `${-0}`, JSON.stringify(-0), [-0] + "", (-0).toFixed(1), Object.is(Number("-0"), -0), Object.is(parseFloat("-0"), -0), Object.is(JSON.parse("-0"), -0));
