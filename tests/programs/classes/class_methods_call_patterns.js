// Calling class methods: through instances, prototypes, call/apply, as callbacks, super in callbacks
class Calc {
  constructor(base) { this.base = base; }
  add(x) { return this.base + x; }
  addAll(xs) { return xs.map(this.add, this); }
  addAllArrow(xs) { return xs.map((x) => this.add(x)); }
  static create(b) { return new this(b); }
}
class Sub extends Calc { add(x) { return super.add(x) * 10; } addEach(xs) { return xs.map((x) => super.add(x)); } }
const c = new Calc(1);
console.log(c.add(1), Calc.prototype.add.call({ base: 100 }, 1), c.addAll([1, 2]), c.addAllArrow([3]));
const s = Sub.create(2);
console.log(s instanceof Sub, s.add(1), s.addEach([1, 2]), s.addAll([1]));
const unbound = c.add;
try { unbound(1); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Reflect.apply(Calc.prototype.add, { base: 5 }, [5]), [1, 2].map(Calc.prototype.add.bind(c)));
