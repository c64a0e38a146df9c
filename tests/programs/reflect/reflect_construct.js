class A { constructor(x) { this.x = x; this.nt = new.target === A ? 'A' : new.target.name; } }
class B extends A {}
const a = Reflect.construct(A, [1]);
console.log(a, a instanceof A);
const b = Reflect.construct(A, [2], B);
console.log(b, b instanceof B, Object.getPrototypeOf(b) === B.prototype);
function F() { this.made = new.target === F; }
function G() {}
G.prototype = { fromG: true };
const f = Reflect.construct(F, [], G);
console.log(f, f.fromG, f instanceof G);
const arr = Reflect.construct(Array, [3]);
console.log(arr.length, Array.isArray(arr));
const e = Reflect.construct(Error, ['msg'], TypeError);
console.log(e instanceof TypeError, e.message);
for (const [label, args] of [['not ctor', [() => 1, []]], ['bad newTarget', [A, [], () => 1]], ['args not object', [A, 1]], ['no args', [A]], ['method', [{ m() {} }.m, []]]]) {
  try { Reflect.construct(...args); console.log(label, 'ok'); } catch (e) { console.log(label, e.constructor.name + ': ' + e.message); }
}
// newTarget's prototype property is read; a non-object falls back to the realm's
function H() {}
H.prototype = 5;
console.log(Object.getPrototypeOf(Reflect.construct(function () {}, [], H)) === Object.prototype);
