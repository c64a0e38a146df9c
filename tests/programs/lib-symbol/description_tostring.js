// description getter, Symbol.prototype.toString/valueOf, constructor argument coercion
const show = (s) => console.log(JSON.stringify(s.description), typeof s.description, s.toString());
show(Symbol());
show(Symbol(undefined));
show(Symbol(""));
show(Symbol("desc"));
show(Symbol(null));
show(Symbol(123));
show(Symbol({ toString() { return "from obj"; } }));
show(Symbol([1, 2]));
try { Symbol(Symbol("x")); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// description is an accessor on the prototype
const d = Object.getOwnPropertyDescriptor(Symbol.prototype, "description");
console.log(typeof d.get, d.set, d.enumerable, d.configurable, "description" in Object(Symbol()), Object.hasOwn(Object(Symbol()), "description"));
// description getter on boxed and bad receivers
console.log(d.get.call(Object(Symbol("boxed"))));
try { d.get.call("str"); } catch (e) { console.log(e.constructor.name); }
try { d.get.call({}); } catch (e) { console.log(e.constructor.name); }
// description is read only
const s = Symbol("ro");
(function () { "use strict"; try { s.description = "x"; } catch (e) { console.log(e.constructor.name); } })();
console.log(s.description);
// toString
console.log(Symbol.prototype.toString.call(Symbol("a")), Symbol.prototype.toString.call(Object(Symbol("b"))));
try { Symbol.prototype.toString.call("s"); } catch (e) { console.log(e.constructor.name); }
// valueOf
const sym = Symbol("v");
console.log(Symbol.prototype.valueOf.call(sym) === sym, Object(sym).valueOf() === sym);
try { Symbol.prototype.valueOf.call({}); } catch (e) { console.log(e.constructor.name); }
// Symbol.prototype[Symbol.toPrimitive]
const tp = Symbol.prototype[Symbol.toPrimitive];
console.log(tp.call(sym) === sym, tp.call(Object(sym), "number") === sym, tp.name, tp.length);
const tpd = Object.getOwnPropertyDescriptor(Symbol.prototype, Symbol.toPrimitive);
console.log(tpd.writable, tpd.enumerable, tpd.configurable);
// toStringTag
console.log(Symbol.prototype[Symbol.toStringTag], Object.prototype.toString.call(sym), Object.prototype.toString.call(Object(sym)));
// String() works, template literal does not
console.log(String(Symbol("tmpl")));
try { `${Symbol("tmpl")}`; } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// constructor properties
console.log(Symbol.length, Symbol.name, typeof Symbol.prototype, Object.getPrototypeOf(Symbol.prototype) === Object.prototype);
try { new Symbol("x"); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// Symbol as a class base fails at construction
class S extends Symbol {}
try { new S(); } catch (e) { console.log(e.constructor.name); }
// unique even with same description
console.log(Symbol("same") === Symbol("same"), Symbol() == Symbol());
// description with lone surrogates and length
console.log(Symbol("\ud800x").description.length, Symbol("\ud83d\ude00").toString().length);
