// Accessors across a class hierarchy: override one half, super accessors, static accessors
class A { get v() { return 'A.get'; } set v(x) { this._v = 'A.set ' + x; } }
class B extends A { get v() { return 'B.get > ' + super.v; } }
const b = new B();
b.v = 1;
console.log(b.v, b._v);
class C extends A { set v(x) { super.v = x + '!'; } }
const c = new C();
c.v = 2;
console.log(c.v, c._v);
class D extends A { get v() { return super.v; } set v(x) { super.v = x; } }
const d = new D();
d.v = 3;
console.log(d.v, d._v);
class S { static #store = 'init'; static get val() { return S.#store; } static set val(x) { S.#store = x; } }
class S2 extends S {}
S2.val = 'via subclass';
console.log(S.val, S2.val, Object.hasOwn(S2, 'val'));
const desc = Object.getOwnPropertyDescriptor(B.prototype, 'v');
console.log(typeof desc.get, desc.set, desc.enumerable);
