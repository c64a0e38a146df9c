// Field initialisation order, computed keys evaluated once at definition, this in initialisers
const log = [];
const key = (k) => { log.push('key ' + k); return k; };
class Base {
  baseField = log.push('base field');
  constructor() { log.push('base ctor'); }
}
class A extends Base {
  [key('a')] = log.push('init a');
  static [key('s')] = log.push('init static s');
  [key('b')] = this.a + 100;
  #p = log.push('init #p');
  static { log.push('static block 1'); }
  c;
  static s2 = log.push('init static s2');
  static { log.push('static block 2'); }
  constructor() { log.push('A ctor before super'); super(); log.push('A ctor after super'); }
}
console.log(log.splice(0));
const a1 = new A();
console.log(log.splice(0), Object.keys(a1), a1.b);
new A();
console.log(log.splice(0));
class Arrow { x = 1; get = () => this.x; static self = this; static n = this.name; }
const ar = new Arrow();
const g = ar.get;
console.log(g(), Arrow.self === Arrow, Arrow.n);
class WithSetter { set x(v) { log.push('setter called'); } }
class DefineNotSet extends WithSetter { x = 5; }
const d = new DefineNotSet();
console.log(Object.getOwnPropertyDescriptor(d, 'x'), log.splice(0));
class Shadow { ['constructor' + ''] = 1; }
console.log(Object.keys(new Shadow()));
let counter = 0;
class Counted { [`k${++counter}`] = counter; static [`s${++counter}`] = counter; }
console.log(Object.keys(new Counted()), Object.keys(Counted), counter, new Counted().k1);
class SymKey { [Symbol.for('f')] = 'sym'; static [Symbol.iterator] = 1; }
console.log(new SymKey()[Symbol.for('f')], SymKey[Symbol.iterator]);
class Frozen { constructor() { Object.preventExtensions(this); } }
class AddField extends Frozen { f = 1; }
try { new AddField(); } catch (e) { console.log(e.constructor.name, e.message); }
class NumKeys { 1 = 'one'; 'two' = 2; 0.5 = 'half'; }
console.log(new NumKeys());
class FieldFn { f = function () {}; a = () => {}; c = class {}; static sf = function () {}; #pf = () => {}; pn() { return this.#pf.name; } }
const ff = new FieldFn();
console.log(ff.f.name, ff.a.name, ff.c.name, FieldFn.sf.name, ff.pn());
