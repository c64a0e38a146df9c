// Function object properties: prototype shapes, length/name attributes, non-constructors lack prototype
function f(a, b) {}
const arrow = () => {};
async function af() {}
function* gf() {}
const m = { method() {} }.method;
console.log(Object.getOwnPropertyNames(arrow), Object.getOwnPropertyNames(m), Object.getOwnPropertyNames(f).includes('prototype'));
console.log('prototype' in arrow, 'prototype' in af, 'prototype' in gf, 'prototype' in m, typeof gf.prototype);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(f, 'prototype')), f.prototype.constructor === f, Object.keys(f.prototype));
console.log(Object.getPrototypeOf(af) === Function.prototype, Object.getPrototypeOf(af).constructor.name);
f.name = 'changed';
f.length = 99;
console.log(f.name, f.length);
Object.defineProperty(f, 'name', { value: 'redefined' });
console.log(f.name, delete f.length, f.length, Object.hasOwn(f, 'length'));
console.log(Function.prototype.length, Function.prototype.name === '', typeof Function.prototype, Function.prototype());
console.log(Function.length, Function.name, Object.getPrototypeOf(Function) === Function.prototype);
try { Function.prototype.caller; } catch (e) { console.log(e.constructor.name, e.message); }
try { (function () { 'use strict'; }).caller; } catch (e) { console.log(e.constructor.name); }
const o = {};
f.call(o);
console.log(typeof f.apply, typeof f.bind, typeof f[Symbol.hasInstance], f.hasOwnProperty('call'));
