const o = { a: 1, get g() { return 'g'; }, [Symbol('s')]: 2 };
Object.seal(o);
console.log(Object.isSealed(o), Object.isFrozen(o), Object.isExtensible(o));
o.a = 2;
delete o.a;
o.z = 1;
console.log(o.a, o.z);
for (const k of Reflect.ownKeys(o)) console.log(String(k), JSON.stringify(Object.getOwnPropertyDescriptor(o, k)));
const f = Object.freeze({ x: 1, nested: { y: 2 }, set s(v) { this.last = v; } });
console.log(Object.isFrozen(f), Object.isSealed(f));
f.x = 2;
f.nested.y = 3;
console.log(f.x, f.nested.y);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(f, 'x')), typeof Object.getOwnPropertyDescriptor(f, 's').set);
// empty non-extensible objects are both sealed and frozen
const e = Object.preventExtensions({});
console.log(Object.isSealed(e), Object.isFrozen(e));
// an accessor does not stop isFrozen
const acc = Object.preventExtensions(Object.defineProperty({}, 'a', { get() {}, configurable: false }));
console.log(Object.isFrozen(acc));
// primitives are frozen and sealed
console.log(Object.isFrozen(1), Object.isSealed('x'), Object.freeze('str'), Object.seal(null));
// freeze / seal arrays
const arr = Object.freeze([1, 2, 3]);
arr[0] = 9; arr.length = 0;
console.log(arr, Object.isFrozen(arr));
const sealed = Object.seal([1, 2]);
sealed[0] = 'ok';
sealed[5] = 'no';
console.log(sealed, Object.isSealed(sealed), Object.isFrozen(sealed));
(function () {
  'use strict';
  try { arr.push(4); } catch (e) { console.log(e.message); }
  try { sealed.pop(); } catch (e) { console.log(e.message); }
  try { delete sealed[0]; } catch (e) { console.log(e.message); }
})();
