const o = {};
console.log(Reflect.getPrototypeOf(o) === Object.prototype, Reflect.getPrototypeOf(Object.create(null)));
console.log(Reflect.setPrototypeOf(o, null), Reflect.getPrototypeOf(o));
console.log(Reflect.setPrototypeOf(o, Array.prototype), o instanceof Array);
try { Reflect.setPrototypeOf(o, 1); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { Reflect.setPrototypeOf(o); } catch (e) { console.log(e.message); }
const a = {}; const b = Object.create(a);
console.log(Reflect.setPrototypeOf(a, b), Reflect.setPrototypeOf(a, a));
console.log(Reflect.isExtensible(o), Reflect.preventExtensions(o), Reflect.isExtensible(o));
console.log(Reflect.setPrototypeOf(o, null), Reflect.setPrototypeOf(o, Array.prototype));
console.log(Reflect.preventExtensions(o), Reflect.isExtensible(Object.freeze({})), Reflect.isExtensible(Object.seal([])));
console.log(Reflect.getPrototypeOf(Reflect) === Object.prototype, Reflect.getPrototypeOf(() => 1) === Function.prototype);
