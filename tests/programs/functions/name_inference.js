// Function .name inference: bindings, defaults, properties, symbols, accessors, bound, classes
var v1 = function () {}; let l1 = () => {}; const c1 = function* () {}; const c2 = async () => {};
console.log(v1.name, l1.name, c1.name, c2.name);
const named = function inner() {};
console.log(named.name);
function withDefaults(a = function () {}, { b = () => {} } = {}, [c = class {}] = []) { return [a.name, b.name, c.name]; }
console.log(withDefaults());
const o = {
  m() {}, ['comp' + 'uted']: () => {}, 123: function () {}, 'str key': () => {},
  [Symbol('desc')]: function () {}, [Symbol()]: () => {}, [Symbol.iterator]: function* () {},
  get g() { return 1; }, set g(v) {}, async am() {}, *gm() {}, prop: function () {}, arrow: () => {},
  cls: class {}, named: class Named {},
};
const desc = Object.getOwnPropertyDescriptor(o, 'g');
const syms = Object.getOwnPropertySymbols(o);
console.log(o.m.name, o.computed.name, o[123].name, o['str key'].name, syms.map(s => JSON.stringify(o[s].name)));
console.log(desc.get.name, desc.set.name, o.am.name, o.gm.name, o.prop.name, o.arrow.name, o.cls.name, o.named.name);
function f() {}
const b = f.bind(null), bb = b.bind(null);
console.log(b.name, bb.name, (() => {}).bind().name, (function () {}).bind().name);
console.log(new Function('a', 'return a').name, Function.prototype.name === '', (class {}).name, (function () {}).name);
class C {
  static s() {} #p() {} get #a() { return 1; } x = function () {}; y = () => {}; static z = function () {};
  ['computed' + 1]() {} static [Symbol.for('k')]() {}
  names() { return [this.x.name, this.y.name]; }
}
console.log(C.s.name, C.z.name, new C().names(), C.prototype.computed1.name, C[Symbol.for('k')].name);
let a1; a1 = function () {};
let a2; [a2 = () => {}] = [];
let a3; ({ a3 = function () {} } = {});
const obj2 = {}; obj2.p = function () {}; obj2['q'] = () => {};
console.log(a1.name, a2.name, a3.name, JSON.stringify(obj2.p.name), JSON.stringify(obj2.q.name));
const { d1 = function () {} } = {};
const [d2 = class {}] = [];
console.log(d1.name, d2.name);
const withOwnName = class { static name = 'custom'; };
console.log(withOwnName.name);
const paren = (function () {});
const seq = (0, function () {});
console.log(JSON.stringify(paren.name), JSON.stringify(seq.name));
const fnLen = [function (a, b) {}, function (a, b = 1, c) {}, function (...r) {}, function (a, { b }, [c]) {}, (a, b, ...c) => {}];
console.log(fnLen.map(fn => fn.length), f.bind(null, 1, 2).length, withDefaults.length);
console.log(Object.getOwnPropertyDescriptor(f, 'name'), Object.getOwnPropertyDescriptor(f, 'length'));
function g2(a, b) {}
Object.defineProperty(g2, 'length', { value: 10 });
console.log(g2.bind(null, 1).length);
Object.defineProperty(g2, 'length', { value: Infinity });
console.log(g2.bind().length);
Object.defineProperty(g2, 'length', { value: -5 });
console.log(g2.bind().length);
Object.defineProperty(g2, 'name', { value: 42 });
console.log(JSON.stringify(g2.bind().name));
