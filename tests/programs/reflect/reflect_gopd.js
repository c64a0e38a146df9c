function show(d) { return d === undefined ? 'undefined' : JSON.stringify(d, (k, v) => typeof v === 'function' ? 'fn' : v === undefined ? 'undef' : v); }
const o = { v: 1, get g() { return 1; } };
console.log(show(Reflect.getOwnPropertyDescriptor(o, 'v')), show(Reflect.getOwnPropertyDescriptor(o, 'g')));
console.log(show(Reflect.getOwnPropertyDescriptor(o, 'missing')), show(Reflect.getOwnPropertyDescriptor(o, 'toString')));
console.log(show(Reflect.getOwnPropertyDescriptor([1], 'length')), show(Reflect.getOwnPropertyDescriptor([1], 0)));
console.log(show(Reflect.getOwnPropertyDescriptor(new String('q'), 0)));
try { Reflect.getOwnPropertyDescriptor('str', 0); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(show(Object.getOwnPropertyDescriptor('str', 0)));
const d1 = Reflect.getOwnPropertyDescriptor(o, 'v'), d2 = Reflect.getOwnPropertyDescriptor(o, 'v');
console.log(d1 === d2, Object.keys(d1));
