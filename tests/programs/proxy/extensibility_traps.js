const log = [];
const p = new Proxy({ a: 1 }, {
  isExtensible(t) { log.push('isExtensible'); return Reflect.isExtensible(t); },
  preventExtensions(t) { log.push('preventExtensions'); return Reflect.preventExtensions(t); },
  ownKeys(t) { log.push('ownKeys'); return Reflect.ownKeys(t); },
  getOwnPropertyDescriptor(t, k) { log.push('gopd ' + k); return Reflect.getOwnPropertyDescriptor(t, k); },
  defineProperty(t, k, d) { log.push('define ' + k + ' ' + JSON.stringify(d)); return Reflect.defineProperty(t, k, d); }
});
console.log(Object.isExtensible(p));
Object.freeze(p);
console.log(log.join('\n'));
log.length = 0;
console.log(Object.isFrozen(p), Object.isSealed(p));
console.log(log.join('\n'));
function attempt(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, e.constructor.name + ': ' + e.message); } }
attempt('lie-ext', () => Object.isExtensible(new Proxy({}, { isExtensible() { return false; } })));
attempt('lie-ne', () => Object.isExtensible(new Proxy(Object.preventExtensions({}), { isExtensible() { return 1; } })));
attempt('pe-false', () => Object.preventExtensions(new Proxy({}, { preventExtensions() { return false; } })));
attempt('reflect-pe-false', () => Reflect.preventExtensions(new Proxy({}, { preventExtensions() { return false; } })));
attempt('pe-lie', () => Object.preventExtensions(new Proxy({}, { preventExtensions() { return true; } })));
attempt('seal-false', () => Object.seal(new Proxy({}, { preventExtensions() { return false; } })));
