// Field initialisers see this and super, arrow fields capture the instance, new.target undefined
class Base { greet() { return 'base greet'; } get kind() { return 'base'; } }
class Sub extends Base {
  a = this.constructor.name;
  b = super.greet();
  c = () => this.a + '!';
  d = new.target;
  e = this.kind;
  get kind() { return 'sub'; }
}
const s = new Sub();
console.log(s.a, s.b, s.c.call(null), s.d, s.e);
class Order { a = 1; b = this.a + 1; c = this.b + this.d; d = 10; }
console.log(new Order());
let side = 0;
class Lazy { v = ++side; }
console.log(side, new Lazy().v, new Lazy().v, side);
class ThrowingField { ok = 1; bad = (() => { throw new Error('field init failed'); })(); after = 3; }
try { new ThrowingField(); } catch (e) { console.log(e.message); }
class ArgsField { x = (() => typeof this)(); }
console.log(new ArgsField().x);
class Parent { constructor() { this.fromParent = this.field; } }
class Child extends Parent { field = 'child field'; }
console.log(new Child());
class WithProtoMethodCall { v = this.helper(); helper() { return 'helped'; } }
console.log(new WithProtoMethodCall().v);
