// AggregateError: constructor argument order, iteration, properties, toString
const log = [];
const iterable = {
  [Symbol.iterator]() {
    log.push("iterator");
    let i = 0;
    return { next() { log.push("next"); return i < 2 ? { value: "e" + i++, done: false } : { done: true }; } };
  },
};
const msg = { toString() { log.push("message toString"); return "M"; } };
const opts = { get cause() { log.push("cause get"); return "C"; } };
const ae = new AggregateError(iterable, msg, opts);
console.log(log.join(", "));
console.log(ae.message, ae.cause, ae.errors.join("|"), ae.name);
console.log(Object.getOwnPropertyNames(ae).filter(n => n !== "stack").join());
const ed = Object.getOwnPropertyDescriptor(ae, "errors");
console.log(ed.writable, ed.enumerable, ed.configurable);
// errors array is a copy, not the iterable
const src = [1, 2];
const a2 = new AggregateError(src);
src.push(3);
console.log(a2.errors.length, a2.errors !== src, Array.isArray(a2.errors));
// missing message: no own message
const a3 = new AggregateError([]);
console.log(Object.hasOwn(a3, "message"), JSON.stringify(a3.message), String(a3));
// non-iterable errors arg
for (const bad of [undefined, null, 1, {}]) {
  try { new AggregateError(bad); console.log("no throw"); } catch (e) { console.log(String(bad), e.constructor.name); }
}
// string is iterable
console.log(new AggregateError("ab").errors.join(","));
// without new
const a4 = AggregateError([new Error("x")], "no new");
console.log(a4 instanceof AggregateError, a4.message, a4.errors[0].message);
// prototype chain
console.log(Object.getPrototypeOf(AggregateError.prototype) === Error.prototype, AggregateError.prototype.constructor === AggregateError);
console.log(Object.hasOwn(AggregateError.prototype, "errors"), AggregateError.name, AggregateError.length);
// subclass
class Multi extends AggregateError { constructor(errs) { super(errs, "multi " + errs.length); } }
const m = new Multi([1, 2, 3]);
console.log(m instanceof Multi, m instanceof AggregateError, m.message, m.errors.length, m.constructor.name, String(m));
// errors property can be reassigned
m.errors = "replaced";
console.log(m.errors);
// message coerces before iterating? (spec: message first, then cause, then errors)
const order = [];
new AggregateError({ [Symbol.iterator]() { order.push("iter"); return [][Symbol.iterator](); } },
  { toString() { order.push("msg"); return ""; } }, { get cause() { order.push("cause"); } });
console.log(order.join(" "));
// message is undefined but cause present
const a5 = new AggregateError([], undefined, { cause: 0 });
console.log(Object.hasOwn(a5, "message"), a5.cause);
