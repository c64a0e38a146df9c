// Number.isInteger / isSafeInteger / isFinite / isNaN, parseInt / parseFloat identity
const vs = [0, -0, 1, 1.5, -1, 2 ** 53 - 1, 2 ** 53, -(2 ** 53 - 1), -(2 ** 53), 1e300, 5e-324, NaN, Infinity, -Infinity, "1", "NaN", null, undefined, true, 1n, [], {}, new Number(1)];
for (const v of vs) {
  const label = typeof v === "bigint" ? v + "n" : typeof v === "object" && v !== null ? JSON.stringify(v) : String(v);
  console.log(label, Number.isInteger(v), Number.isSafeInteger(v), Number.isFinite(v), Number.isNaN(v), isFinite(typeof v === "bigint" ? 0 : v), isNaN(typeof v === "bigint" ? 0 : v));
}
console.log(Number.parseInt === parseInt, Number.parseFloat === parseFloat);
for (const k of ["isInteger", "isSafeInteger", "isFinite", "isNaN", "parseInt", "parseFloat"]) {
  const d = Object.getOwnPropertyDescriptor(Number, k);
  console.log(k, d.value.length, d.value.name, d.writable, d.enumerable, d.configurable);
}
try { isNaN(1n); } catch (e) { console.log(e.name, e.message); }
try { isFinite(Symbol()); } catch (e) { console.log(e.name, e.message); }
