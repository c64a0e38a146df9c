// Generator functions as functions: name, length, not constructible, this, arguments, return values
function* gen(a, b) { yield this && this.tag; yield arguments.length; return a + b; }
console.log(gen.name, gen.length, typeof gen, Object.prototype.toString.call(gen));
const it = gen.call({ tag: 'T' }, 1, 2, 3);
console.log(it.next(), it.next(), it.next(), it.next());
try { new gen(); } catch (e) { console.log(e.constructor.name, e.message); }
const o = { *m() { yield 'method'; }, async *am() {} };
console.log(o.m().next().value, o.m.name, o.am.name, typeof o.am().next);
const genExpr = function* () {};
console.log(genExpr.name, Object.getPrototypeOf(genExpr) === Object.getPrototypeOf(gen));
console.log(Object.getPrototypeOf(gen()) === gen.prototype, gen() instanceof gen);
class K { *[Symbol.iterator]() { yield 1; yield 2; } static *s() { yield 's'; } }
console.log([...new K()], [...K.s()], K.prototype[Symbol.iterator].name);
