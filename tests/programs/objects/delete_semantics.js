const o = { a: 1, b: 2 };
console.log(delete o.a, o, delete o.missing, delete o['b'], o);
Object.defineProperty(o, 'fixed', { value: 1 });
console.log(delete o.fixed, o.fixed);
(function () {
  'use strict';
  try { delete o.fixed; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
  try { delete [].length; } catch (e) { console.log(e.message); }
  try { delete Object.prototype; } catch (e) { console.log(e.message); }
  try { delete new String('ab')[0]; } catch (e) { console.log(e.message); }
  class C { constructor() { Object.defineProperty(this, 'x', { value: 1 }); } }
  try { delete new C().x; } catch (e) { console.log(e.message); }
  const s = Symbol('q');
  const t = Object.defineProperty({}, s, { value: 1 });
  try { delete t[s]; } catch (e) { console.log(e.message); }
})();
const arr = [1, 2, 3];
console.log(delete arr[1], arr, arr.length, 1 in arr);
console.log(delete arr[10], delete 1, delete 'x'.length);
const inherited = Object.create({ p: 1 });
console.log(delete inherited.p, inherited.p);
try { delete null.x; } catch (e) { console.log(e.message); }
const frozen = Object.freeze({ k: 1 });
console.log(delete frozen.k, frozen.k);
