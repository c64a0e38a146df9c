const a = [0, 1, 2, 3, 4];
Object.defineProperty(a, 2, { value: 'fixed', configurable: false });
a.length = 0;
console.log(a.length, a);
console.log(Reflect.defineProperty(a, 'length', { value: 1 }), a.length);
(function () {
  'use strict';
  try { a.length = 0; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
})();
// shrinking with writable:false stops at the non-configurable element and still locks length
const b = [0, 1, 2, 3];
Object.defineProperty(b, 1, { value: 'nc', configurable: false, writable: true, enumerable: true });
console.log(Reflect.defineProperty(b, 'length', { value: 0, writable: false }));
console.log(b, JSON.stringify(Object.getOwnPropertyDescriptor(b, 'length')));
b[1] = 'still writable';
b[2] = 'blocked';
console.log(b);
