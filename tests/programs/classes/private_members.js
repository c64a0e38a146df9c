// Private fields, methods, accessors, statics, #x in obj and brand checks with V8 messages
function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, e.constructor.name + ': ' + e.message); } }
class P {
  #x = 1;
  #y;
  static #count = 0;
  #m() { return this.#x * 10; }
  get #acc() { return this.#x + 0.5; }
  set #acc(v) { this.#x = v; }
  get #ro() { return 'ro'; }
  set #wo(v) { this.#y = v; }
  static #sm() { return 'static method'; }
  static get #sacc() { return P.#count; }
  static set #sacc(v) { P.#count = v; }
  constructor() { P.#count++; }
  read() { return [this.#x, this.#y, this.#m(), this.#acc]; }
  write(v) { this.#acc = v; this.#wo = 'w'; return this.read(); }
  static info() { P.#sacc = P.#sacc + 100; return [P.#sm(), P.#sacc]; }
  static has(o) { return #x in o && #m in o && #acc in o; }
  static readX(o) { return o.#x; }
  static writeX(o) { o.#x = 2; }
  static callM(o) { return o.#m(); }
  static readRo(o) { return o.#ro; }
  static writeRo(o) { o.#ro = 1; }
  static readWo(o) { return o.#wo; }
  static writeM(o) { o.#m = 1; }
  static incr(o) { return o.#x++; }
  static compound(o) { o.#acc += 10; return o.#x; }
  static destructure(o) { [o.#x] = [99]; ({ a: o.#y } = { a: 'yy' }); return o.read(); }
  static optional(o) { return o?.#x; }
}
const p = new P();
t('read', () => p.read());
t('write', () => p.write(5));
t('static', () => P.info());
t('has own', () => P.has(p));
t('has other', () => P.has({}));
t('has primitive', () => P.has(1));
t('readX other', () => P.readX({}));
t('writeX other', () => P.writeX({}));
t('callM other', () => P.callM({}));
t('read setter-only', () => P.readWo(p));
t('write getter-only', () => P.writeRo(p));
t('read getter-only', () => P.readRo(p));
t('assign to method', () => P.writeM(p));
t('postfix ++', () => [P.incr(p), p.read()[0]]);
t('compound accessor', () => P.compound(p));
t('destructure into private', () => P.destructure(p));
t('optional', () => [P.optional(p), P.optional(null)]);
t('proxy has no private', () => P.readX(new Proxy(p, {})));
class Sub extends P { subRead() { return P.readX(this); } }
t('subclass instance', () => new Sub().subRead());
class Return { constructor(o) { return o; } }
class Stamp extends Return { #tag = 'stamped'; static get(o) { return o.#tag; } }
const plain = {};
new Stamp(plain);
t('stamped plain object', () => Stamp.get(plain));
t('stamp twice', () => new Stamp(plain));
class Statics { static #s = 1; static read() { return this.#s; } }
class SubStatics extends Statics {}
t('static via subclass this', () => SubStatics.read());
t('toString hides privates', () => JSON.stringify(Object.getOwnPropertyNames(p)) + JSON.stringify(Reflect.ownKeys(p)));
class Same { #a = 1; static eq(x, y) { return x.#a === y.#a; } }
t('same class instances', () => Same.eq(new Same(), new Same()));
class Gen { *#g() { yield 1; yield 2; } all() { return [...this.#g()]; } async #am() { return 1; } check() { return typeof this.#am; } }
t('private generator', () => new Gen().all());
t('private async', () => new Gen().check());
