// Static private members, private methods' brand checks and #x in with subclasses and statics
function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, e.constructor.name + ': ' + e.message); } }
class Base {
  static #count = 0;
  static #inc() { return ++Base.#count; }
  static make() { Base.#inc(); return new this(); }
  static get count() { return Base.#count; }
  static hasStatic(o) { return #count in o; }
  static readStaticFrom(o) { return o.#count; }
}
class Derived extends Base {}
Base.make(); Derived.make();
t('count', () => Base.count);
t('#count in Base', () => Base.hasStatic(Base));
t('#count in Derived', () => Base.hasStatic(Derived));
t('read static via subclass', () => Base.readStaticFrom(Derived));
class Counter {
  #n = 0;
  #bump() { this.#n++; return this; }
  static bumpOther(o) { return o.#bump(); }
  value() { return this.#n; }
}
const c = new Counter();
t('bump', () => Counter.bumpOther(c).value());
t('bump foreign', () => Counter.bumpOther({}));
t('bump null', () => Counter.bumpOther(null));
class Twin { #a; static has(o) { return #a in o; } }
class Other { #a; }
t('#a of other class', () => Twin.has(new Other()));
t('in on null', () => Twin.has(null));
class Shadow { #x = 'outer'; static Inner = class { #x = 'inner'; static read(o) { return o.#x; } }; static read(o) { return o.#x; } }
t('inner reads inner', () => Shadow.Inner.read(new Shadow.Inner()));
t('inner reads outer', () => Shadow.Inner.read(new Shadow()));
t('outer reads outer', () => Shadow.read(new Shadow()));
