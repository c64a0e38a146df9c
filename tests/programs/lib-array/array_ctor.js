// the Array constructor: lengths, RangeErrors, new.target, subclassing
console.log(Array(3).length, new Array(3).length, Array("3"), Array(1, 2), new Array(0).length, Array().length);
for (const bad of [-1, 1.5, NaN, 2 ** 32, Infinity]) {
  try { new Array(bad); console.log("ok", bad); } catch (e) { console.log(e.constructor.name, e.message); }
}
console.log(new Array(2 ** 32 - 1).length, Array(4294967295).length);
class Sub extends Array { sum() { return this.reduce((a, b) => a + b, 0); } }
const s = new Sub(1, 2, 3);
console.log(s.length, s.sum(), s instanceof Sub, Array.isArray(s), s.map(x => x * 2).sum());
const r = Reflect.construct(Array, [2], Object);
console.log(Object.getPrototypeOf(r) === Object.prototype, Array.isArray(r), r.length);
function F() {}
F.prototype = null;
const r2 = Reflect.construct(Array, [], F);
console.log(Object.getPrototypeOf(r2) === Array.prototype);
console.log(Array.length, Array.name, typeof Array.prototype, Array.isArray(Array.prototype), Array.prototype.length);
console.log(Array.isArray([]), Array.isArray({ length: 0 }), Array.isArray(new Proxy([], {})), Array.isArray());
const a = [1, 2, 3];
a.length = 1; console.log(a);
try { a.length = -1; } catch (e) { console.log(e.constructor.name, e.message); }
try { a.length = 1.5; } catch (e) { console.log(e.constructor.name); }
a.length = "3"; console.log(a, a.length);
console.log([,].length, [1, 2, ,].length, Object.getOwnPropertyNames([1, 2]));
