// super property access with [[HomeObject]], accessors, static inheritance, object literals
class A {
  constructor() { this.x = 'A.x'; }
  m() { return 'A.m of ' + this.name; }
  get g() { return 'A.g:' + this.x; }
  set s(v) { this.sv = 'A.s(' + v + ')'; }
  static sm() { return 'A.sm ' + this.name; }
}
class B extends A {
  constructor() { super(); this.name = 'b'; }
  m() { return 'B.m > ' + super.m(); }
  get g() { return 'B.g > ' + super.g; }
  set s(v) { super.s = v + '!'; }
  static sm() { return 'B.sm > ' + super.sm(); }
  arrow() { return (() => super.m())(); }
  superSet() { super.newProp = 1; return [this.newProp, Object.hasOwn(this, 'newProp')]; }
  superComputed() { const k = 'm'; return super[k](); }
  superMissing() { return super.nope; }
}
const b = new B();
console.log(b.m(), b.g, (b.s = 'v', b.sv), B.sm(), b.arrow(), b.superSet(), b.superComputed(), b.superMissing());
const base = { hello() { return 'base hello ' + this.who; } };
const obj = { __proto__: base, who: 'obj', hello() { return 'obj > ' + super.hello(); } };
console.log(obj.hello());
const borrowed = { who: 'borrowed', hello: obj.hello };
console.log(borrowed.hello());
const getterObj = { __proto__: { get v() { return 'proto v of ' + this.id; } }, id: 1, get v() { return super.v + '!'; } };
console.log(getterObj.v);
class C extends B { m() { return 'C.m > ' + super.m(); } }
console.log(new C().m());
Object.setPrototypeOf(B.prototype, { m() { return 'swapped'; } });
console.log(b.m());
class StaticInherit { static hi() { return 'hi ' + this.name; } static v = 1; }
class SI2 extends StaticInherit {}
console.log(SI2.hi(), SI2.v, Object.hasOwn(SI2, 'v'), Object.getPrototypeOf(SI2) === StaticInherit);
class Acc {
  #v = 0;
  get v() { return this.#v; }
  set v(n) { this.#v = n * 2; }
  static get sv() { return 'static getter'; }
}
const acc = new Acc();
acc.v = 5;
console.log(acc.v, Acc.sv, Object.getOwnPropertyNames(Acc.prototype), Object.keys(acc));
const d = Object.getOwnPropertyDescriptor(Acc.prototype, 'v');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable);
class OnlyGet { get x() { return 1; } }
const og = new OnlyGet();
og.x = 5;
console.log(og.x);
try { (function () { 'use strict'; og.x = 5; })(); } catch (e) { console.log(e.constructor.name, e.message); }
class MethodsNotEnumerable { a() {} static b() {} }
console.log(Object.keys(MethodsNotEnumerable.prototype), Object.keys(MethodsNotEnumerable), JSON.stringify(Object.getOwnPropertyDescriptor(MethodsNotEnumerable.prototype, 'a')));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(MethodsNotEnumerable, 'prototype')));
