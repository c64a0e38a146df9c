// Constructor return values: base vs derived classes, functions, primitives ignored, this discarded
function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, e.constructor.name + ': ' + e.message); } }
class Base { constructor(r) { this.base = true; if (r !== undefined) return r; } }
t('base returns object', () => new Base({ replaced: 1 }));
t('base returns array', () => new Base([1]));
t('base returns primitive', () => new Base(5));
t('base returns null', () => new Base(null));
t('base returns function', () => typeof new Base(() => 1));
class Derived extends Base { constructor(r) { super(r); this.derived = true; } }
t('derived gets replaced object', () => new Derived({ replaced: 2 }));
class DerivedReturns extends Base { constructor(v) { super(); return v; } }
t('derived returns object', () => new DerivedReturns({ x: 1 }));
t('derived returns undefined', () => new DerivedReturns(undefined));
t('derived returns number', () => new DerivedReturns(1));
t('derived returns string', () => new DerivedReturns('s'));
t('derived returns null', () => new DerivedReturns(null));
class NoSuperButReturn extends Base { constructor() { return Object.create(NoSuperButReturn.prototype); } }
t('no super, return object', () => new NoSuperButReturn() instanceof NoSuperButReturn);
class Singleton { static #inst; constructor() { if (Singleton.#inst) return Singleton.#inst; Singleton.#inst = this; } }
t('singleton', () => new Singleton() === new Singleton());
