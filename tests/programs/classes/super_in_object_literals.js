// super in object literal methods and accessors, Object.setPrototypeOf changes, super in arrows
const animal = { speak() { return 'generic sound from ' + this.name; }, get kind() { return 'animal'; } };
const dog = {
  __proto__: animal, name: 'dog',
  speak() { return 'woof, then ' + super.speak(); },
  get kind() { return 'dog < ' + super.kind; },
  later() { return (() => super.speak())(); },
  set name2(v) { super.name2 = v.toUpperCase(); },
};
console.log(dog.speak(), dog.kind, dog.later());
dog.name2 = 'rex';
console.log(dog.name2, Object.hasOwn(dog, 'name2'));
const other = { speak() { return 'other proto'; } };
Object.setPrototypeOf(dog, other);
console.log(dog.speak());
const borrowed = { name: 'cat', speak: dog.speak };
console.log(borrowed.speak());
const noProto = { __proto__: null, m() { return super.toString; } };
try { console.log(noProto.m()); } catch (e) { console.log(e.constructor.name, e.message); }
const computed = { __proto__: { ['x' + 1]() { return 'proto x1'; } }, ['x' + 1]() { return 'own > ' + super['x' + 1](); } };
console.log(computed.x1());
