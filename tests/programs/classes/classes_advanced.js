class Shape {
  static registry = [];
  static { Shape.registry.push("init"); }
  constructor(kind) { this.kind = kind; Shape.registry.push(kind); }
  area() { return 0; }
  toString() { return `${this.kind}(${this.area().toFixed(2)})`; }
  static compare(a, b) { return a.area() - b.area(); }
}
class Circle extends Shape {
  constructor(r) { super("circle"); this.r = r; }
  area() { return Math.PI * this.r ** 2; }
}
class Rect extends Shape {
  constructor(w, h) { super("rect"); Object.assign(this, { w, h }); }
  area() { return this.w * this.h; }
  get isSquare() { return this.w === this.h; }
  set size(v) { this.w = this.h = v; }
}
class Square extends Rect {
  constructor(s) { super(s, s); }
  toString() { return "Square:" + super.toString(); }
}
const shapes = [new Circle(1), new Rect(2, 3), new Square(2), new Circle(0.5)];
shapes.sort(Shape.compare);
console.log(shapes.map(String));
console.log(Shape.registry);
const r = new Rect(1, 2);
r.size = 5;
console.log(r.isSquare, r, `${r}`);
console.log(Object.keys(r), Object.getOwnPropertyNames(Rect.prototype));
console.log(typeof Shape.prototype.area, Square.prototype instanceof Rect, Object.getPrototypeOf(Square) === Rect);
class Base { constructor() { this.created = new.target.name; } }
class Derived extends Base {}
console.log(new Base().created, new Derived().created);
class NoSuper extends Base { constructor() { } }
try { new NoSuper(); } catch (e) { console.log(e.name + ": " + e.message); }
const mixin = (B) => class extends B { mixed() { return "mixed " + this.created; } };
class Final extends mixin(Base) {}
console.log(new Final().mixed(), Final.name);
const key = "dynamic";
class Computed { [key + "Method"]() { return 1; } static ["s" + 1]() { return 2; } }
console.log(new Computed().dynamicMethod(), Computed.s1());
class Fields { a = 1; b = this.a + 1; ["c"] = 3; static s = "static"; arrow = () => this.b; }
const f = new Fields();
console.log(f, f.arrow(), Fields.s);
