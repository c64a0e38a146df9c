// ToObject on primitives, wrapper objects and their conversions
const n = Object(5), s = Object('str'), b = Object(false), sy = Object(Symbol.iterator), bi = Object(10n);
console.log(typeof n, typeof s, typeof b, typeof sy, typeof bi);
console.log(n + 1, s + '!', b ? 'wrapper truthy' : 'falsy', bi + 1n, sy.valueOf() === Symbol.iterator, s.length, s[1]);
console.log(n instanceof Number, s instanceof String, b instanceof Boolean, bi instanceof BigInt, sy instanceof Symbol);
console.log(n == 5, n === 5, s == 'str', new Number(5) == new Number(5), n.valueOf() === 5);
console.log(Object(null), Object(undefined), Object(n) === n);
console.log('abc'.toUpperCase(), (5).toFixed(1), true.toString(), 10n.toString(), Symbol('d').description);
try { null.toString(); } catch (e) { console.log(e.constructor.name, e.message); }
try { undefined.valueOf(); } catch (e) { console.log(e.constructor.name, e.message); }
String.prototype.selfType = function () { return typeof this; };
String.prototype.strictSelf = function () { 'use strict'; return typeof this; };
console.log('x'.selfType(), 'x'.strictSelf());
Number.prototype.double = function () { return this * 2; };
console.log((21).double(), 5..double());
const str = 'hello';
str.prop = 1;
console.log(str.prop, Object.keys(s), Object.getOwnPropertyNames('ab'));
console.log(Object.keys('ab'), 'length' in s, 1 in s, 5 in s);
