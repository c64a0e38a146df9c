// Constructors returning objects vs primitives, new.target in functions, arrows and classes
function RetObj() { this.a = 1; return { b: 2 }; }
function RetPrim() { this.a = 1; return 42; }
function RetNull() { this.a = 1; return null; }
function RetFn() { return function inner() {}; }
console.log(new RetObj(), new RetPrim(), new RetNull(), typeof new RetFn(), RetPrim());
function NT() { return new.target; }
console.log(NT() === undefined, new NT() === NT);
function Outer() { const arrow = () => new.target; return { t: arrow() }; }
console.log(new Outer().t === Outer, Outer().t === undefined);
class Base { constructor() { this.nt = new.target.name; } }
class Derived extends Base {}
console.log(new Base().nt, new Derived().nt);
class RetPrimClass { constructor() { return 1; } }
console.log(new RetPrimClass());
class RetObjClass { constructor() { return [1, 2]; } }
console.log(new RetObjClass());
class DerivedRetUndef extends Base { constructor() { super(); return undefined; } }
console.log(new DerivedRetUndef());
class DerivedRetPrim extends Base { constructor() { super(); return 5; } }
try { new DerivedRetPrim(); } catch (e) { console.log(e.constructor.name, e.message); }
class DerivedNoSuper extends Base { constructor() { } }
try { new DerivedNoSuper(); } catch (e) { console.log(e.constructor.name, e.message); }
class DerivedRetObjNoSuper extends Base { constructor() { return { own: true }; } }
console.log(new DerivedRetObjNoSuper());
function Proto() {}
Proto.prototype = 5;
console.log(Object.getPrototypeOf(new Proto()) === Object.prototype);
const withProto = Reflect.construct(function () { this.v = new.target; }, [], Array);
console.log(Object.getPrototypeOf(withProto) === Array.prototype, withProto.v === Array);
try { Base(); } catch (e) { console.log(e.constructor.name, e.message); }
try { Derived.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Math.max(); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Symbol(); } catch (e) { console.log(e.constructor.name, e.message); }
try { new (function* g() {})(); } catch (e) { console.log(e.constructor.name, e.message); }
try { const x = 1; new x(); } catch (e) { console.log(e.constructor.name, e.message); }
try { new undefined(); } catch (e) { console.log(e.constructor.name, e.message); }
try { const o = {}; new o.missing(); } catch (e) { console.log(e.constructor.name, e.message); }
function Counter() { if (!new.target) return new Counter(); this.count = 0; }
console.log(Counter(), new Counter());
