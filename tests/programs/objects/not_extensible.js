const o = { a: 1 };
console.log(Object.isExtensible(o));
console.log(Object.preventExtensions(o) === o, Object.isExtensible(o));
o.b = 2;
console.log(o.b, Object.keys(o));
o.a = 10;
delete o.a;
console.log(o, Object.isSealed(o), Object.isFrozen(o));
(function () {
  'use strict';
  try { o.c = 3; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
  try { o[Symbol('k')] = 3; } catch (e) { console.log(e.message); }
  try { o[0] = 1; } catch (e) { console.log(e.message); }
  try { Object.setPrototypeOf(o, {}); } catch (e) { console.log(e.message); }
  try { o.__proto__ = {}; } catch (e) { console.log(e.message); }
})();
console.log(Object.setPrototypeOf(o, Object.prototype) === o);
console.log(Reflect.setPrototypeOf(o, {}), Reflect.setPrototypeOf(o, Object.prototype));
// primitives
console.log(Object.preventExtensions(1), Object.isExtensible(1), Object.isExtensible('s'));
const arr = Object.preventExtensions([1, 2]);
arr.push; 
try { arr.push(3); } catch (e) { console.log(e.message); }
arr[0] = 'changed';
arr[5] = 'no';
console.log(arr, arr.length);
