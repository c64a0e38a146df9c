// Error.prototype.toString: name/message combinations, coercion, generic receivers
const ts = Error.prototype.toString;
const cases = [
  {}, { name: "N" }, { message: "M" }, { name: "N", message: "M" },
  { name: "", message: "M" }, { name: "N", message: "" }, { name: "", message: "" },
  { name: undefined, message: undefined }, { name: null, message: null },
  { name: 0, message: false }, { name: "a\nb", message: "c" },
];
for (const c of cases) console.log(JSON.stringify(ts.call(c)));
// coercion order: name first then message
const log = [];
const o = {
  get name() { log.push("get name"); return { toString() { log.push("name toString"); return "NM"; } }; },
  get message() { log.push("get message"); return { toString() { log.push("msg toString"); return "MSG"; } }; },
};
console.log(ts.call(o), log.join(", "));
// non-object receiver throws
for (const v of [undefined, null, 1, "s", true, Symbol.iterator]) {
  try { ts.call(v); console.log("no throw"); } catch (e) { console.log(typeof v, e.constructor.name); }
}
// functions and arrays are objects
function fn() {}
console.log(ts.call(fn), "|", ts.call([1, 2]));
// Symbol name throws TypeError during ToString
try { ts.call({ name: Symbol("s") }); } catch (e) { console.log(e.constructor.name); }
// instances
console.log(String(new Error()), String(new Error("")), String(new TypeError("t")), String(new RangeError()));
const e = new Error("msg"); e.name = "Custom";
console.log(String(e), `${e}`, e + "");
const e2 = new Error("msg"); e2.name = "";
console.log(JSON.stringify(String(e2)));
const e3 = new Error("msg"); e3.message = "";
console.log(JSON.stringify(String(e3)));
// inherited name from class
class MyErr extends Error {}
console.log(String(new MyErr("x")));
class Named extends Error { get name() { return "Named!"; } }
console.log(String(new Named("y")));
MyErr.prototype.name = "MyErr";
console.log(String(new MyErr("z")));
// name on prototypes
console.log([Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError, AggregateError].map(E => E.prototype.name).join());
console.log(Object.prototype.hasOwnProperty.call(TypeError.prototype, "toString"), TypeError.prototype.toString === ts);
