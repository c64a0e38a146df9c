// Canonical numeric string keys: which strings are array indices, how keys are ordered and converted
const o = {};
for (const k of ['10', '9', '1.0', '01', '-1', '4294967294', '4294967295', '1e3', 'b', '0', 'a', '00']) o[k] = k;
console.log(Object.keys(o));
const n = {};
n[1e3] = 'e3'; n[0.1] = 'tenth'; n[-0] = 'minus zero'; n[1 / 3] = 'third'; n[2 ** 53] = 'big'; n[NaN] = 'nan'; n[Infinity] = 'inf';
console.log(Object.keys(n));
const arr = ['a', 'b'];
console.log(arr['1'], arr['01'], arr[1.0], arr['1.0'], arr[-0], arr['-0']);
