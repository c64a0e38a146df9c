// Object.freeze / seal / isFrozen visit keys in [[OwnPropertyKeys]] order
const log = [];
const p = new Proxy({ b: 1, a: 2, 1: 3, [Symbol.for('s')]: 4 }, {
  preventExtensions(t) { log.push('preventExtensions'); return Reflect.preventExtensions(t); },
  ownKeys(t) { log.push('ownKeys'); return Reflect.ownKeys(t); },
  defineProperty(t, k, d) { log.push('define ' + String(k) + ' ' + JSON.stringify(d)); return Reflect.defineProperty(t, k, d); },
  getOwnPropertyDescriptor(t, k) { log.push('gopd ' + String(k)); return Reflect.getOwnPropertyDescriptor(t, k); },
  isExtensible(t) { log.push('isExtensible'); return Reflect.isExtensible(t); },
});
Object.seal(p);
console.log(log.join('\n'));
log.length = 0;
console.log(Object.isSealed(p), Object.isFrozen(p));
console.log(log.join('\n'));
