// Derived constructors: this before super(), super() twice, return overrides, arrows calling super
function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, e.constructor.name + ': ' + e.message); } }
class Base { constructor(v) { this.v = v; this.log = [new.target.name]; } }
t('this before super', () => new (class extends Base { constructor() { this.x = 1; super(); } })());
t('no super', () => new (class extends Base { constructor() {} })());
t('super twice', () => new (class extends Base { constructor() { super(1); super(2); } })());
t('super in arrow', () => new (class extends Base { constructor() { const s = () => super(3); s(); } })().v);
t('super twice via arrow', () => new (class extends Base { constructor() { const s = () => super(3); s(); s(); } })());
t('return object', () => new (class extends Base { constructor() { return { replaced: true }; } })());
t('return undefined after super', () => new (class extends Base { constructor() { super(5); return undefined; } })().v);
t('return number', () => new (class extends Base { constructor() { super(); return 1; } })());
t('return null', () => new (class extends Base { constructor() { super(); return null; } })());
t('catch this error', () => new (class extends Base { constructor() { try { this; } catch (e) { super(9); } } })().v);
t('super arguments eval order', () => {
  const log = [];
  class D extends Base { constructor() { super((log.push('arg'), 1)); log.push('after'); } }
  new D();
  return log;
});
t('extends null', () => { class N extends null {} return Object.getPrototypeOf(N.prototype); });
t('extends null new', () => { class N extends null {} return new N(); });
t('extends null returning object', () => { class N extends null { constructor() { return Object.create(N.prototype); } } return new N() instanceof N; });
t('extends non-constructor', () => { class X extends 1 {} });
t('extends arrow', () => { class X extends (() => {}) {} });
t('extends generator', () => { class X extends function* () {} {} });
t('extends bad prototype', () => { function F() {} F.prototype = 3; class X extends F {} });
t('extends fn with null prototype', () => { function F() {} F.prototype = null; class X extends F {} return Object.getPrototypeOf(X.prototype); });
t('extends function', () => { function F(a) { this.a = a; } class X extends F { constructor() { super(7); } } return new X().a; });
t('extends builtin', () => { class MyArr extends Array {} const a = new MyArr(); a.push(1, 2); return [a.length, a instanceof Array, Array.isArray(a)]; });
t('extends Error', () => { class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } } const e = new MyErr('bad'); return [e.message, e instanceof Error, String(e)]; });
t('call class', () => Base());
t('default derived ctor passes args', () => new (class extends Base {})(42).v);
t('super property in ctor', () => new (class extends Base { constructor() { super(1); this.s = typeof super.constructor; } })().s);
t('class heritage evaluated once', () => {
  let n = 0;
  const make = () => { n++; return Base; };
  class X extends make() {}
  new X(); new X();
  return n;
});
t('class name binding const', () => { class Q { m() { Q = 1; } } new Q().m(); });
t('class in TDZ', () => { const r = C; class C {} return r; });
t('class self reference in heritage', () => { class C extends C {} });
