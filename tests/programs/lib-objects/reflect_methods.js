// Reflect: every method, argument validation and return values
const log = console.log;
const o = {x: 1, get g() { return this.x; }};
log(Reflect.get(o, 'g', {x: 'receiver'}), Reflect.get([5], 0), Reflect.has(o, 'x'), Reflect.has(o, 'toString'));
const rec = {};
log(Reflect.set(o, 'y', 2, rec), rec.y, o.y);
log(Reflect.ownKeys({b: 1, a: 2, 1: 0, [Symbol.for('s')]: 3}));
log(Reflect.defineProperty(o, 'z', {value: 1}), Reflect.defineProperty(Object.freeze({}), 'z', {value: 1}));
log(Reflect.deleteProperty(o, 'x'), Reflect.deleteProperty(Object.freeze({q: 1}), 'q'));
log(Reflect.getPrototypeOf([]) === Array.prototype, Reflect.setPrototypeOf({}, null), Reflect.setPrototypeOf(Object.preventExtensions({}), {}));
log(Reflect.isExtensible({}), Reflect.preventExtensions({}));
log(Reflect.getOwnPropertyDescriptor(o, 'g'));
log(Reflect.apply(Math.max, null, [1, 5, 3]), Reflect.apply(String.prototype.slice, 'hello', [1, 3]));
class A { constructor(v) { this.v = v; this.nt = new.target.name; } }
class B {}
const made = Reflect.construct(A, ['val'], B);
log(made.v, made.nt, made instanceof B, made instanceof A);
log(Reflect.construct(Date, [0]) instanceof Date, Reflect.construct(Array, [3]).length);
for (const [name, fn] of Object.entries({
  get: () => Reflect.get(1, 'x'), set: () => Reflect.set(null, 'x', 1), has: () => Reflect.has('s', 'length'),
  ownKeys: () => Reflect.ownKeys(undefined), apply: () => Reflect.apply(1), applyArgs: () => Reflect.apply(Math.max, null, 1),
  construct: () => Reflect.construct(() => {}, []), constructNT: () => Reflect.construct(A, [], Math.max),
  defineProperty: () => Reflect.defineProperty({}, 'x', 1), getPrototypeOf: () => Reflect.getPrototypeOf(1),
  setPrototypeOf: () => Reflect.setPrototypeOf({}, 1),
})) {
  try { log(name, fn()); } catch (e) { log(name, e.constructor.name, e.message); }
}
log(Object.getOwnPropertyNames(Reflect).sort());
log(Reflect[Symbol.toStringTag], String(Reflect), typeof Reflect);
log(Reflect.get.length, Reflect.set.length, Reflect.construct.length, Reflect.apply.length, Reflect.defineProperty.length);
const arr = [1, 2, 3];
log(Reflect.set(arr, 'length', 1), arr);
try { Reflect.defineProperty(arr, 'length', {value: -1}); } catch (e) { log(e.constructor.name, e.message); }
