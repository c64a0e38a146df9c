function show(d) { return d === undefined ? 'undefined' : JSON.stringify(d, (k, v) => typeof v === 'function' ? 'fn' : v === undefined ? 'undef' : v); }
const o = { plain: 1, get acc() { return 1; }, set wo(v) {} };
Object.defineProperty(o, 'ro', { value: 'r', enumerable: true });
for (const k of Reflect.ownKeys(o)) console.log(k, show(Object.getOwnPropertyDescriptor(o, k)));
console.log(show(Object.getOwnPropertyDescriptor(o, 'nope')));
// copying descriptors preserves accessors (unlike Object.assign)
const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(o));
for (const k of Reflect.ownKeys(copy)) console.log('copy', k, show(Object.getOwnPropertyDescriptor(copy, k)));
console.log(show(Object.getOwnPropertyDescriptor([], 'length')), show(Object.getOwnPropertyDescriptor('abc', 'length')));
console.log(show(Object.getOwnPropertyDescriptor(function f(a, b) {}, 'length')), show(Object.getOwnPropertyDescriptor(function f() {}, 'name')));
console.log(show(Object.getOwnPropertyDescriptor(function f() {}, 'prototype')), show(Object.getOwnPropertyDescriptor(class {}, 'prototype')));
console.log(show(Object.getOwnPropertyDescriptor(Math, 'PI')), show(Object.getOwnPropertyDescriptor(globalThis, 'undefined')));
console.log(show(Object.getOwnPropertyDescriptor(Array.prototype, 'map')));
const d = Object.getOwnPropertyDescriptor(o, 'plain');
d.value = 'mutated';
console.log(o.plain, Object.getPrototypeOf(d) === Object.prototype);
