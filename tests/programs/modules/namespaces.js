import * as ns from './fixtures/reexport.js';
import * as counter from './fixtures/counter.js';
import * as again from './fixtures/counter.js';

console.log(Object.keys(ns));
console.log('shared' in ns, ns.shared);          // ambiguous export * name is left out
console.log(ns[Symbol.toStringTag], Object.prototype.toString.call(ns));
console.log(counter === again, ns.counterNs === counter);
console.log(Object.getPrototypeOf(counter), Object.isExtensible(counter), Object.isFrozen(counter));
console.log(Object.getOwnPropertyDescriptor(counter, 'count'));
console.log(Object.getOwnPropertyDescriptor(counter, Symbol.toStringTag));
console.log(Reflect.set(counter, 'count', 1), Reflect.deleteProperty(counter, 'count'),
            Reflect.deleteProperty(counter, 'nope'), Reflect.has(counter, 'reset'));
console.log(Reflect.defineProperty(counter, 'count', { value: 0 }),
            Reflect.defineProperty(counter, 'count', { value: 5 }));
console.log(Reflect.setPrototypeOf(counter, {}), Reflect.setPrototypeOf(counter, null));
console.log(Reflect.ownKeys(counter));
try {
  'use strict';
  delete counter.count;
} catch (e) {
  console.log(e.name);
}
try {
  Object.defineProperty(counter, 'newProp', { value: 1 });
} catch (e) {
  console.log(e.name);
}
const inherits = Object.create(counter);
console.log(inherits.count, 'reset' in inherits);
console.log(counter);
console.log({ ...counter });
for (const k in counter) console.log('for-in', k);
console.log(JSON.stringify(counter));
