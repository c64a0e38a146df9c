// Object.is, Object(), Object.getPrototypeOf / setPrototypeOf across kinds, property key coercion
const log = console.log;
log(Object.is(NaN, NaN), Object.is(0, -0), Object.is(-0, -0), Object.is('a', 'a'), Object.is({}, {}), Object.is(), Object.is(undefined, null));
log(typeof Object(1), typeof Object('s'), Object(null), Object(undefined), typeof Object(1n), Object(Symbol.iterator) instanceof Symbol);
const o = {}; log(Object(o) === o, new Object(o) === o, new Object(5) instanceof Number);
log(Object.getPrototypeOf(1) === Number.prototype, Object.getPrototypeOf('') === String.prototype, Object.getPrototypeOf(Object.create(null)));
try { Object.getPrototypeOf(null); } catch (e) { log(e.constructor.name, e.message); }
try { Object.setPrototypeOf(undefined, {}); } catch (e) { log(e.constructor.name, e.message); }
try { Object.setPrototypeOf({}, 5); } catch (e) { log(e.constructor.name, e.message); }
log(Object.setPrototypeOf(1, null), Object.setPrototypeOf('s', {}));
const a = {}; const b = Object.create(a);
try { Object.setPrototypeOf(a, b); } catch (e) { log(e.constructor.name, e.message); }
const keys = {};
keys[1] = 'num'; keys['1'] = 'str'; keys[1.5] = 'float'; keys[-0] = 'negzero'; keys[null] = 'null'; keys[undefined] = 'undef'; keys[true] = 'bool';
keys[{}] = 'object'; keys[[1, 2]] = 'array'; keys[1e21] = 'big'; keys[0.000001] = 'small'; keys[1e-7] = 'tiny';
log(keys);
log(Object.keys({b: 1, 2: 1, a: 1, 1: 1, [Symbol()]: 1, '-0': 1, 4294967294: 1, 4294967295: 1}));
const ordered = {}; ordered.z = 1; ordered[5] = 1; ordered.a = 1; delete ordered.z; ordered.z = 2;
log(Object.keys(ordered), JSON.stringify(ordered));
log(Object.length, Object.name, typeof Object.prototype, Object.getPrototypeOf(Object.prototype));
class Base {} class Derived extends Base {}
log(Object.getPrototypeOf(Derived) === Base, Object.getPrototypeOf(Derived.prototype) === Base.prototype, Object.getPrototypeOf(Base) === Function.prototype);
log(typeof globalThis, typeof globalThis.Object, Object.getOwnPropertyDescriptor(globalThis, 'globalThis').enumerable);
