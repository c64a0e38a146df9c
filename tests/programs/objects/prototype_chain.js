const a = { x: 'a' };
const b = Object.create(a);
const c = Object.create(b);
console.log(c.x, Object.getPrototypeOf(c) === b, a.isPrototypeOf(c));
b.x = 'b';
console.log(c.x);
delete b.x;
console.log(c.x);
Object.setPrototypeOf(c, null);
console.log(c.x, Object.getPrototypeOf(c));
try { Object.setPrototypeOf(a, c); Object.setPrototypeOf(c, a); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { Object.setPrototypeOf(undefined, null); } catch (e) { console.log(e.message); }
try { Object.setPrototypeOf({}, 'str'); } catch (e) { console.log(e.message); }
console.log(Object.setPrototypeOf(1, null), Object.getPrototypeOf(1) === Number.prototype, Object.getPrototypeOf('s') === String.prototype);
try { Object.getPrototypeOf(null); } catch (e) { console.log(e.message); }
// shadowing with accessors on the chain
const base = { set v(x) { this._v = x * 2; }, get v() { return this._v; } };
const derived = Object.create(base);
derived.v = 5;
console.log(derived.v, Object.keys(derived), Object.keys(base));
// property lookups across long chains
let obj = { deep: 'found' };
for (let i = 0; i < 50; i++) obj = Object.create(obj);
console.log(obj.deep, 'deep' in obj, obj.hasOwnProperty('deep'));
class A { m() { return 'A'; } }
class B extends A { m() { return 'B>' + super.m(); } }
console.log(new B().m(), Object.getPrototypeOf(B) === A, Object.getPrototypeOf(B.prototype) === A.prototype);
