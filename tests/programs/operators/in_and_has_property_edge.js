// `in` walks the prototype chain, sees non-enumerable and symbol keys, arrays holes, proxies
const proto = { inherited: 1 };
const o = Object.create(proto, { hidden: { value: 1, enumerable: false } });
o[Symbol.for('s')] = 1;
console.log('inherited' in o, 'hidden' in o, Symbol.for('s') in o, '__proto__' in o, 'toString' in o, 'x' in Object.create(null));
const arr = [1, , 3];
console.log(0 in arr, 1 in arr, 2 in arr, 3 in arr, 'length' in arr, '-0' in arr, -0 in arr);
const log = [];
const p = new Proxy({}, { has(t, k) { log.push(String(k)); return k === 'yes'; } });
console.log('yes' in p, 'no' in p, 1 in p, log);
const s = new String('ab');
console.log(0 in s, 2 in s, 'length' in s, 'charAt' in s);
function F() {}
console.log('prototype' in F, 'call' in F, 'bind' in (() => {}), 'prototype' in (() => {}));
const key = { toString() { log.push('key conv'); return 'inherited'; } };
console.log(key in o, log.pop());
