// Boolean(): ToBoolean of every kind of value, wrappers, thisBooleanValue
const vs = [undefined, null, 0, -0, NaN, 1, -1, Infinity, "", " ", "0", "false", 0n, 1n, [], {}, Symbol(), new Boolean(false), new Number(0), new String("")];
for (const v of vs) console.log(typeof v === "symbol" ? "sym" : typeof v === "bigint" ? v + "n" : typeof v === "object" && v !== null ? Object.prototype.toString.call(v) : JSON.stringify(v) ?? String(v), Boolean(v), !!v);
const b = new Boolean(false);
console.log(typeof b, b ? "truthy" : "falsy", b.valueOf(), b.toString(), String(b), b + "", JSON.stringify(b), Object.prototype.toString.call(b));
console.log(Boolean(), new Boolean().valueOf(), Boolean.length, Boolean.name, Boolean.prototype.valueOf(), Object.prototype.toString.call(Boolean.prototype));
for (const m of ["toString", "valueOf"]) {
  for (const t of [1, "true", {}, null, undefined, Object(1)]) {
    try { Boolean.prototype[m].call(t); console.log("no error"); } catch (e) { console.log(m, e.name, e.message); }
  }
  console.log(m, Boolean.prototype[m].length, Boolean.prototype[m].call(new Boolean(true)), Boolean.prototype[m].call(false));
}
class B extends Boolean { flip() { return !this.valueOf(); } }
console.log(new B(1).flip(), new B(0) instanceof Boolean);
console.log(Object.getOwnPropertyNames(Boolean.prototype).sort());
