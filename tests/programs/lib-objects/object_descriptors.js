// getOwnPropertyDescriptor(s), getOwnPropertyNames, getOwnPropertySymbols
const log = console.log;
const s = Symbol('sym');
const o = {a: 1, get g() { return 1; }, set g(v) {}, [s]: 2};
Object.defineProperty(o, 'h', {value: 'hidden'});
log(Object.getOwnPropertyDescriptors(o));
log(Object.getOwnPropertyNames(o), Object.getOwnPropertySymbols(o));
log(Object.getOwnPropertyDescriptor('abc', 0), Object.getOwnPropertyDescriptor('abc', 'length'));
log(Object.getOwnPropertyDescriptor([1], 'length'));
log(Object.getOwnPropertyDescriptor(function f(a) {}, 'length'), Object.getOwnPropertyDescriptor(function f(a) {}, 'name'));
log(Object.getOwnPropertyDescriptor(function f() {}, 'prototype'));
log(Object.getOwnPropertyDescriptor(class {}, 'prototype'));
log(Object.getOwnPropertyDescriptor(Math, 'PI'), Object.getOwnPropertyDescriptor(globalThis, 'NaN'));
log(Object.getOwnPropertyDescriptor({}, 'nope'));
try { Object.getOwnPropertyDescriptor(null, 'a'); } catch (e) { log(e.constructor.name, e.message); }
log(Object.getOwnPropertyNames('ab'), Object.getOwnPropertyNames([5, 6]));
log(Object.getOwnPropertyNames(5), Object.getOwnPropertySymbols(5));
log(Object.getOwnPropertyDescriptors([1]));
log(Object.getOwnPropertyDescriptor(Object.prototype, '__proto__'));
log(Object.getOwnPropertyNames(Object.getOwnPropertyDescriptors).sort());
const p = new Proxy({}, {ownKeys: () => ['x'], getOwnPropertyDescriptor: () => undefined});
log(Object.getOwnPropertyDescriptors(p));
