// thisNumberValue: every Number.prototype method rejects non-Number receivers
const methods = ["toExponential", "toFixed", "toLocaleString", "toPrecision", "toString", "valueOf"];
for (const m of methods) {
  for (const t of ["1", true, {}, null, undefined, 1n, Symbol(), Object("1"), { valueOf() { return 1; } }]) {
    try { Number.prototype[m].call(t); console.log("no error"); } catch (e) { console.log(m, e.name, e.message); }
  }
  console.log(m, Number.prototype[m].length, Number.prototype[m].name, Number.prototype[m].call(new Number(12.5)), Number.prototype[m].call(-0));
}
console.log(Number.prototype.valueOf(), Object.prototype.toString.call(Number.prototype), (5).constructor === Number);
const n = Object(3); n.extra = 1; console.log(n.toFixed(1), n.valueOf() + n.extra);
