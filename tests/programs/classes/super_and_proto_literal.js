class A { set v(x) { this._v = "A:" + x; } get v() { return this._v; } }
class B extends A { set v(x) { super.v = x + "!"; } get v() { return super.v; } bump() { super["w"] = 5; super.n = 1; super.n += 2; return [this.w, this.n]; } }
const b = new B(); b.v = "hi"; console.log(b.v, b.bump(), b);
const base = { greet() { return "base"; } };
const derived = { __proto__: base, greet() { return "derived+" + super.greet(); }, ["comp" + 1]() { return super.greet(); } };
console.log(derived.greet(), derived.comp1(), Object.getPrototypeOf(derived) === base, { __proto__: null });
class C extends A { m() { [super.v] = ["destructured"]; return this.v; } }
console.log(new C().m());
