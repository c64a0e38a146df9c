// ToPropertyKey: numbers, -0, floats, symbols, objects; conversion happens once per access
const o = {};
o[1] = 'one'; o[1.0] = 'one again'; o[-0] = 'zero'; o[1.5] = 'float'; o[1e21] = 'big'; o[0.0000001] = 'tiny';
o[null] = 'null'; o[undefined] = 'undef'; o[true] = 'true'; o[[1, 2]] = 'array'; o[{}] = 'object'; o[10n] = 'bigint';
console.log(Object.keys(o));
const log = [];
const k = { toString() { log.push('toString'); return 'key'; }, valueOf() { log.push('valueOf'); return 'other'; } };
o[k] = 1;
console.log(o[k], 'key' in o, log);
const symKey = { [Symbol.toPrimitive]() { return Symbol.for('via toPrimitive'); } };
o[symKey] = 'sym';
console.log(o[Symbol.for('via toPrimitive')], Object.getOwnPropertySymbols(o).length);
const arr = [];
arr['2'] = 'two'; arr['02'] = 'not index'; arr[4294967295] = 'not index either'; arr[-1] = 'negative';
console.log(arr.length, Object.keys(arr));
const counted = { n: 0, toString() { this.n++; return 'c'; } };
const target = { c: 1 };
target[counted] = target[counted] + 1;
// (`target[counted] += 1` converts the key once by the spec but twice in V8:
// tests/test_vm_references.py covers it)
console.log(counted.n, target.c);
