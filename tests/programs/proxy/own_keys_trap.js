const s = Symbol('s');
const p = new Proxy({}, {
  ownKeys() { return ['b', 'a', s, '1', '0']; },
  getOwnPropertyDescriptor(t, k) { return { value: String(k), enumerable: k !== 'a', configurable: true }; }
});
console.log(Reflect.ownKeys(p));
console.log(Object.keys(p));
console.log(Object.getOwnPropertyNames(p));
console.log(Object.getOwnPropertySymbols(p));
console.log(Object.values(p));
console.log(JSON.stringify(Object.entries(p)));
for (const k in p) console.log('for-in', k);
function tryKeys(label, target, keys) {
  try { console.log(label, Reflect.ownKeys(new Proxy(target, { ownKeys() { return keys; } }))); }
  catch (e) { console.log(label, e.constructor.name + ': ' + e.message); }
}
tryKeys('dup', {}, ['a', 'a']);
tryKeys('num', {}, ['a', 1]);
tryKeys('obj', {}, [{}]);
const nc = Object.defineProperty({}, 'fixed', { value: 1 });
tryKeys('missing-nc', nc, []);
tryKeys('has-nc', nc, ['fixed', 'extra']);
const ne = Object.preventExtensions({ x: 1 });
tryKeys('ne-missing', ne, []);
tryKeys('ne-extra', ne, ['x', 'y']);
tryKeys('ne-exact', ne, ['x']);
try { Reflect.ownKeys(new Proxy({}, { ownKeys() { return 'ab'; } })); } catch (e) { console.log(e.message); }
console.log(Reflect.ownKeys(new Proxy({}, { ownKeys() { return { length: 2, 0: 'p', 1: 'q' }; } })));
