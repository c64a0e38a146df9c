// super property references: delete, update, compound and logical assignment, static
// elements' home object, and the class-definition errors of computed "prototype" keys.
function report(label, f) {
  try { console.log(label, f()); }
  catch (e) { console.log(label, e.constructor.name + ": " + e.message); }
}

class Base { constructor() { this.b = 1; } m() { return "base m"; } }
Base.prototype.n = 10;

class D extends Base {
  del() { delete super.m; }
  delKey() { var k = { toString() { throw new Error("key converted"); } }; delete super[k]; }
  inc() { return [super.n++, ++super["n"], this.n, Base.prototype.n]; }
  compound() { super.n += 5; super["n"] *= 2; return [this.n, Base.prototype.n]; }
  logical() { super.q ??= "set"; super["r"] ||= "r"; super.n &&= 0; return [this.q, this.r, this.n]; }
}
var d = new D();
report("delete super.x:", () => d.del());
report("delete super[k]:", () => d.delKey());
report("super.x++:", () => d.inc());
report("super op=:", () => new D().compound());
report("super logical:", () => new D().logical());
report("delete super with null proto:", () => {
  class C { static m() { delete super.x; } }
  Object.setPrototypeOf(C, null);
  C.m();
});

function P() {}
P.tag = "P.tag";
class S extends P {
  static fromField = super.tag;
  static arrow = () => super.tag;
  static { console.log("static block:", super.tag, this.fromField, this.arrow()); }
  inst = () => super.constructor === P;
}
console.log("instance field arrow:", new S().inst());

report("static ['prototype']():", () => { class C { static ['prototype']() {} } });
report("static *['prototype']():", () => { class C { static *['prototype']() {} } });
report("static get ['prototype']:", () => { class C { static get ['prototype']() {} } });
report("static set ['prototype']:", () => { class C { static set ['prototype'](v) {} } });
report("static ['prototype'] field:", () => { var k = "prototype"; class C { static [k] = 1; } });
report("instance ['prototype'] ok:", () => { class C { ['prototype']() { return 1; } } return typeof C.prototype.prototype; });

class Priv { static #m() {} static assign() { this.#m = 0; } }
report("static private method write:", () => Priv.assign());

var order = [];
class A2 { constructor() { order.push("A2"); } }
class B2 extends A2 { constructor() { super(); this.again = () => super(); } }
var b2 = new B2();
report("super() from arrow after this is bound:", () => b2.again());
console.log(order.join(","));

var runs = 0;
class F1 extends Base { field = ++runs; constructor() { super(); try { super(); } catch (e) { console.log("second super():", e.constructor.name); } } }
new F1();
console.log("field initializers ran", runs, "time(s)");

report("class name in its own heritage:", () => { var x = class x extends x {}; });
var probe, setInner;
class Outer extends (probe = function () { return Outer; }, setInner = function () { Outer = null; }, Object) {}
var saved = Outer;
Outer = "reassigned";
report("heritage sees the inner binding:", () => probe() === saved);
report("inner binding is immutable:", () => setInner());
