const d = new Date(2024, 0, 1);
const tp = Date.prototype[Symbol.toPrimitive];
console.log(typeof tp, tp.length, tp.name);
console.log(d[Symbol.toPrimitive]("number") === d.getTime(), d[Symbol.toPrimitive]("string") === d.toString(), d[Symbol.toPrimitive]("default") === d.toString());
for (const h of ["x", undefined, null, 1, "Number", "", {}]) {
  try { d[Symbol.toPrimitive](h); } catch (e) { console.log(e.constructor.name, e.message); }
}
for (const t of [1, "s", true, null, undefined, Symbol("q")]) {
  try { tp.call(t, "number"); } catch (e) { console.log(e.constructor.name, e.message); }
}
console.log(tp.call({ valueOf() { return 1; }, toString() { return "s"; } }, "number"), tp.call({ valueOf() { return 1; }, toString() { return "s"; } }, "default"));
console.log(tp.call({ valueOf() { return 1; }, toString() { return {}; } }, "string"));
try { tp.call({ valueOf() { return {}; }, toString() { return {}; } }, "number"); } catch (e) { console.log(e.constructor.name, e.message); }
const desc = Object.getOwnPropertyDescriptor(Date.prototype, Symbol.toPrimitive);
console.log(desc.writable, desc.enumerable, desc.configurable);
console.log(typeof (d + 1), typeof (d - 1), d - 1 === d.getTime() - 1, `${d}` === d.toString(), d == d.toString(), d == d.getTime());
console.log([d] + "" === d.toString(), String([d, d]).split(",").length);
const d2 = new Date(0); d2.valueOf = () => 5; d2.toString = () => "T";
console.log(d2 + 1, d2 * 1, `${d2}`, d2 > 4);
const noTP = new Date(0); Object.defineProperty(noTP, Symbol.toPrimitive, { value: undefined });
console.log(noTP + 1);
