// Computed member names in classes: evaluation order, symbols, numeric keys, accessors pairs
const log = [];
const k = (v) => { log.push(String(v)); return v; };
class C {
  [k('method')]() { return 'method'; }
  static [k('static')]() { return 'static'; }
  get [k('acc')]() { return 'getter'; }
  set [k('acc')](v) { log.push('set acc ' + v); }
  [k(Symbol.iterator)]() { return [1, 2][Symbol.iterator](); }
  [k(1 + 1)]() { return 'two'; }
  [k('field')] = k('field init');
}
console.log(log.splice(0));
const c = new C();
console.log(log.splice(0), c.method(), C.static(), c.acc, (c.acc = 5, log.splice(0)), [...c], c[2](), c.field);
console.log(Object.getOwnPropertyNames(C.prototype), Object.getOwnPropertyNames(C));
const badKey = { toString() { throw new Error('key threw'); } };
try { class D { [badKey]() {} } } catch (e) { console.log(e.message); }
class E { get ['x']() { return 1; } static set ['y'](v) { E.yv = v; } }
E.y = 3;
console.log(new E().x, E.yv, Object.getOwnPropertyDescriptor(E.prototype, 'x').get.name);
