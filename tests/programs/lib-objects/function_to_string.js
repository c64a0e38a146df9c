// Function.prototype.toString: exact source slices and native code forms
const log = console.log;
function decl(a, /* c */ b) { return a + b; }
log(decl.toString());
log((function () {}).toString(), (() => 1).toString(), (async (x) => x).toString());
log((function* gen() { yield 1; }).toString());
log((async function* ag() {}).toString());
class A { constructor(x) { this.x = x; } method(y) { return y; } static s() {} get g() { return 1; } set g(v) {} *gm() {} async am() {} ['comp' + 'uted']() {} }
log(A.toString());
log(A.prototype.method.toString(), A.s.toString());
const d = Object.getOwnPropertyDescriptor(A.prototype, 'g');
log(d.get.toString(), d.set.toString());
log(A.prototype.gm.toString(), A.prototype.am.toString(), A.prototype.computed.toString());
const obj = { m() {}, async *n() {}, get p() { return 1; }, 'quoted key'() {}, 42() {}, [Symbol.iterator]() {} };
log(obj.m.toString(), obj.n.toString(), Object.getOwnPropertyDescriptor(obj, 'p').get.toString());
log(obj['quoted key'].toString(), obj[42].toString(), obj[Symbol.iterator].toString());
log(Math.max.toString(), Array.prototype.push.toString(), Function.prototype.toString());
log(String(Object), String(Symbol), `${parseInt}`);
log(decl.bind(null).toString(), Math.max.bind(null).toString());
log(Object.getOwnPropertyDescriptor(Array.prototype, Symbol.iterator) && Array.prototype[Symbol.iterator].toString());
log(Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.toString());
log(new Function('a', 'b', 'return a + b').toString());
log(new Function().toString());
log(Function('return 1').toString());
try { Function.prototype.toString.call({}); } catch (e) { log(e.constructor.name, e.message); }
log(Function.prototype.toString.call(class { static x = 1 }));
log((x => x * 2).toString(), (async () => {}).toString());
log(Function.prototype.toString.call(new Proxy(function () {}, {})));
