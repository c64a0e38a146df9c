const s1 = Symbol('first'), s2 = Symbol('second');
const o = {};
o.b = 1; o[s2] = 1; o[10] = 1; o.a = 1; o['2'] = 1; o[s1] = 1; o['-1'] = 1; o['01'] = 1; o[4294967294] = 1; o[4294967295] = 1; o['1.5'] = 1; o[0] = 1;
console.log(Reflect.ownKeys(o).map(String));
console.log(Object.keys(o));
console.log(JSON.stringify(o));
{ const seen = []; for (const k in o) seen.push(k); console.log(seen.join(' ')); }

delete o.b;
o.b = 2;
console.log(Object.keys(o));
const arr = ['x', 'y'];
arr.prop = 1;
arr[5] = 'z';
console.log(Reflect.ownKeys(arr));
const str = new String('hi');
str.extra = 1;
str[7] = 'seven';
console.log(Reflect.ownKeys(str));
const f = function (a, b) { 'use strict'; };
console.log(Reflect.ownKeys(f));
class K { static m() {} static x = 1; }
console.log(Reflect.ownKeys(K));
console.log(Object.getOwnPropertyNames(Object.assign(Object.create(null), { z: 1, 1: 1, y: 1, 0: 1 })));
