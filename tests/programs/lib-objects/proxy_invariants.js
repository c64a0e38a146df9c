// Proxy invariant checks: each violation throws V8's TypeError
const log = console.log;
const frozen = Object.freeze({k: 1});
const checks = {
  get: () => new Proxy(frozen, {get: () => 2}).k,
  set: () => { 'use strict'; new Proxy(frozen, {set: () => true}).k = 5; },
  has: () => 'k' in new Proxy(frozen, {has: () => false}),
  deleteProperty: () => delete new Proxy(frozen, {deleteProperty: () => true}).k,
  ownKeysMissing: () => Object.keys(new Proxy(frozen, {ownKeys: () => []})),
  ownKeysDup: () => Reflect.ownKeys(new Proxy({}, {ownKeys: () => ['a', 'a']})),
  ownKeysType: () => Reflect.ownKeys(new Proxy({}, {ownKeys: () => [1]})),
  gopd: () => Object.getOwnPropertyDescriptor(new Proxy(frozen, {getOwnPropertyDescriptor: () => undefined}), 'k'),
  defineProperty: () => Object.defineProperty(new Proxy(Object.preventExtensions({}), {defineProperty: () => true}), 'n', {value: 1}),
  getPrototypeOf: () => Object.getPrototypeOf(new Proxy(Object.preventExtensions({}), {getPrototypeOf: () => Array.prototype})),
  getPrototypeOfType: () => Object.getPrototypeOf(new Proxy({}, {getPrototypeOf: () => 1})),
  setPrototypeOf: () => Object.setPrototypeOf(new Proxy({}, {setPrototypeOf: () => false}), null),
  isExtensible: () => Object.isExtensible(new Proxy({}, {isExtensible: () => false})),
  preventExtensions: () => Object.preventExtensions(new Proxy({}, {preventExtensions: () => true})),
  construct: () => new (new Proxy(function () {}, {construct: () => 1}))(),
  falsishSet: () => { 'use strict'; new Proxy({}, {set: () => false}).x = 1; },
  falsishDefine: () => Object.defineProperty(new Proxy({}, {defineProperty: () => false}), 'x', {}),
  falsishDelete: () => { 'use strict'; delete new Proxy({x: 1}, {deleteProperty: () => false}).x; },
};
for (const [name, fn] of Object.entries(checks)) {
  try { const r = fn(); log(name, 'no error', r); } catch (e) { log(name, e.constructor.name, e.message); }
}
log(Reflect.set(new Proxy({}, {set: () => false}), 'x', 1), Reflect.defineProperty(new Proxy({}, {defineProperty: () => false}), 'x', {}));
