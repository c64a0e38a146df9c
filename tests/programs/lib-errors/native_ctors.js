// native error constructors: called without new, message coercion, prototype chains, properties
const ctors = [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError];
for (const E of ctors) {
  const a = E("called");
  const b = new E("newed");
  console.log(E.name, E.length, a instanceof E, a.constructor === E, Object.getPrototypeOf(a) === E.prototype, b.message, a.message);
}
// prototype chains
for (const E of ctors.slice(1)) {
  console.log(E.name, Object.getPrototypeOf(E) === Error, Object.getPrototypeOf(E.prototype) === Error.prototype, new E() instanceof Error);
}
console.log(Object.getPrototypeOf(Error) === Function.prototype, Object.getPrototypeOf(Error.prototype) === Object.prototype);
// message coercion
const log = [];
const msgObj = { toString() { log.push("toString"); return "from toString"; }, valueOf() { log.push("valueOf"); return "from valueOf"; } };
console.log(new Error(msgObj).message, log.join());
console.log(new Error(123).message, new Error(null).message, new Error(true).message, new Error([1, 2]).message);
console.log(JSON.stringify(new Error(undefined).message), Object.hasOwn(new Error(undefined), "message"), Object.hasOwn(new Error(""), "message"));
try { new Error(Symbol("s")); } catch (e) { console.log(e.constructor.name); }
try { new Error({ toString() { throw new RangeError("ts"); } }); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// message is set before cause is read
const order = [];
new Error({ toString() { order.push("message"); return "m"; } }, { get cause() { order.push("cause"); return 1; } });
console.log(order.join(" then "));
// instanceof across hierarchies
const te = new TypeError("x");
console.log(te instanceof TypeError, te instanceof Error, te instanceof RangeError, te instanceof Object);
console.log(Error.prototype.isPrototypeOf(te), TypeError.prototype.isPrototypeOf(new Error()));
// Error.prototype is not an Error instance but an ordinary object
console.log(Object.prototype.toString.call(Error.prototype), Object.prototype.toString.call(TypeError.prototype), Object.prototype.toString.call(new TypeError()));
// Symbol.toStringTag can override
const tagged = new Error("t"); tagged[Symbol.toStringTag] = "Tagged";
console.log(Object.prototype.toString.call(tagged));
// subclass without new fails
class Sub extends RangeError {}
try { Sub("x"); } catch (e) { console.log(e.constructor.name); }
const s = new Sub("sub msg");
console.log(s instanceof Sub, s instanceof RangeError, s.name, s.constructor.name, String(s));
// new.target prototype used by Reflect.construct
const r = Reflect.construct(TypeError, ["rc"], Sub);
console.log(Object.getPrototypeOf(r) === Sub.prototype, r.message, r.name);
// constructor properties
console.log(Object.getOwnPropertyNames(TypeError).sort().join(), Object.getOwnPropertyNames(TypeError.prototype).sort().join());
const pd = Object.getOwnPropertyDescriptor(Error, "prototype");
console.log(pd.writable, pd.enumerable, pd.configurable);
