const o = {};
Object.defineProperty(o, 'ro', { value: 1, enumerable: true });
o.ro = 2;                       // sloppy: silently ignored
console.log(o.ro);
(function () {
  'use strict';
  try { o.ro = 2; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
  const s = Symbol('sym');
  Object.defineProperty(o, s, { value: 1 });
  try { o[s] = 2; } catch (e) { console.log(e.message); }
  class Point { constructor() { Object.defineProperty(this, 'x', { value: 1 }); } }
  try { new Point().x = 5; } catch (e) { console.log(e.message); }
  try { Object.freeze([1, 2])[0] = 3; } catch (e) { console.log(e.message); }
  try { Math.PI = 3; } catch (e) { console.log(e.message); }
  // inherited read-only properties also block assignment
  const child = Object.create(o);
  try { child.ro = 5; } catch (e) { console.log(e.message); }
  console.log(Object.keys(child));
  // getter without setter
  const g = { get only() { return 1; } };
  try { g.only = 2; } catch (e) { console.log(e.message); }
  class C { get v() { return 1; } }
  try { new C().v = 2; } catch (e) { console.log(e.message); }
})();
// inherited read-only in sloppy mode: no own property is created
const kid = Object.create(o);
kid.ro = 9;
console.log(kid.ro, Object.keys(kid));
