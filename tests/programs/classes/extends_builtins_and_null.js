// Extending builtins and null: prototypes, methods, instanceof, errors
class MyArray extends Array { sum() { return this.reduce((a, b) => a + b, 0); } }
const ma = new MyArray();
ma.push(1, 2, 3);
console.log(ma.sum(), ma instanceof MyArray, ma.length, Array.isArray(ma), ma.constructor.name);
class MyMap extends Map { getOr(k, d) { return this.has(k) ? this.get(k) : d; } }
const mm = new MyMap([['a', 1]]);
console.log(mm.getOr('a', 0), mm.getOr('b', 0), mm.size, mm instanceof Map);
class MyError extends TypeError { constructor(m) { super(m); this.name = 'MyError'; } }
const e = new MyError('bad');
console.log(e instanceof TypeError, e instanceof Error, String(e), Object.prototype.toString.call(e));
class NullBase extends null { static make() { return Object.create(NullBase.prototype); } hello() { return 'hello from null base'; } }
const nb = NullBase.make();
console.log(nb.hello(), Object.getPrototypeOf(NullBase.prototype), nb instanceof NullBase, typeof nb.toString);
class MyFunction extends Function {}
const mf = new MyFunction('return 7');
console.log(mf(), mf instanceof MyFunction, mf instanceof Function);
class MyObject extends Object { constructor() { super(); this.own = 1; } }
console.log(new MyObject(), new MyObject() instanceof Object);
