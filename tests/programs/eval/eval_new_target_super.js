function F() { return eval("new.target"); }
console.log(F() === undefined, new F() instanceof F);
function G() { this.viaArrow = (() => eval("new.target"))(); }
console.log(new G().viaArrow === G);
class Base { greet() { return 'base greet'; } static sg() { return 'static base'; } }
class Derived extends Base {
  greet() { return eval("super.greet()") + ' / derived'; }
  static sg() { return eval("super.sg()"); }
  arrowSuper() { return (() => eval("super.greet"))() === Base.prototype.greet; }
}
const d = new Derived();
console.log(d.greet(), Derived.sg(), d.arrowSuper());
const obj = { __proto__: { x: 'proto x' }, get g() { return eval("super.x"); } };
console.log(obj.g);
function plain() { try { eval("super.x"); } catch (e) { return e.name + ': ' + e.message; } }
console.log(plain());
class WithField { f = eval("this.constructor.name"); }
console.log(new WithField().f);
class Static { static s = eval("this === Static"); static { this.t = eval("typeof this"); } }
console.log(Static.s, Static.t);
