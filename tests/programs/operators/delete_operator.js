// delete: own properties, non-configurable, strict mode TypeError, arrays, references
const o = { a: 1, b: 2, [Symbol.for('s')]: 3 };
console.log(delete o.a, 'a' in o, delete o.zz, delete o[Symbol.for('s')], Object.keys(o));
Object.defineProperty(o, 'fixed', { value: 1, configurable: false });
console.log(delete o.fixed, o.fixed);
(function () {
  'use strict';
  try { delete o.fixed; } catch (e) { console.log(e.constructor.name, e.message); }
  try { delete Object.prototype; } catch (e) { console.log(e.constructor.name, e.message); }
  const arr = [1, 2, 3];
  try { delete arr.length; } catch (e) { console.log(e.constructor.name, e.message); }
  try { delete 'abc'[0]; } catch (e) { console.log(e.constructor.name, e.message); }
  try { delete 'abc'.length; } catch (e) { console.log(e.constructor.name, e.message); }
  console.log(delete 'abc'[5], delete 'abc'.foo);
})();
const arr = [1, 2, 3, 4];
console.log(delete arr[1], arr, arr.length, 1 in arr, delete arr[10]);
console.log(delete arr.length, arr.length);
console.log(delete 1, delete 'x', delete void 0, delete [].length);
const proto = { inherited: 1 };
const child = Object.create(proto);
console.log(delete child.inherited, child.inherited);
let sideEffect = 0;
const key = () => { sideEffect++; return 'k'; };
const ko = { k: 1 };
console.log(delete ko[key()], sideEffect, ko);
try { delete null.x; } catch (e) { console.log(e.constructor.name, e.message); }
try { delete undefined[key()]; } catch (e) { console.log(e.constructor.name, e.message, sideEffect); }
function f() { return delete arguments; }
console.log(f());
