const a = [1, 2, 3];
Object.defineProperty(a, 'length', { writable: false });
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(a, 'length')));
a[3] = 4;
a.length = 0;
a[0] = 'changed';
console.log(a, a.length);
(function () {
  'use strict';
  try { a[5] = 1; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
  try { a.length = 1; } catch (e) { console.log(e.message); }
  try { a.push(1); } catch (e) { console.log(e.message); }
})();
console.log(Reflect.defineProperty(a, '3', { value: 1, writable: true, enumerable: true, configurable: true }));
console.log(Reflect.set(a, 'length', 3), Reflect.set(a, 'length', 2));
try { Object.defineProperty(a, 'length', { value: 2 }); } catch (e) { console.log(e.message); }
console.log(Object.defineProperty(a, 'length', { value: 3 }) === a);
// length writable:false together with a shrink: elements deleted first
const b = [1, 2, 3, 4];
Object.defineProperty(b, 'length', { value: 2, writable: false });
console.log(b, Object.isFrozen(b));
