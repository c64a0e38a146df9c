const proto = { inherited: 1, shadowed: 'proto' };
const o = Object.create(proto);
o.own = 1;
o.shadowed = 'own';
Object.defineProperty(o, 'hidden', { value: 1, enumerable: false });
o[2] = 'two'; o[1] = 'one';
const keys = [];
for (const k in o) keys.push(k);
console.log(keys);
// a non-enumerable own property hides an enumerable inherited one of the same name
const p2 = { x: 1 };
const c2 = Object.create(p2);
Object.defineProperty(c2, 'x', { value: 2, enumerable: false });
const k2 = [];
for (const k in c2) k2.push(k);
console.log(k2);
// deleting a not-yet-visited key skips it; added keys are not visited
const del = { a: 1, b: 2, c: 3 };
const seen = [];
for (const k in del) { seen.push(k); if (k === 'a') { delete del.b; del.d = 4; } }
console.log(seen);
// arrays and strings
const arr = ['x', 'y'];
arr.extra = true;
const ak = [];
for (const k in arr) ak.push(k);
console.log(ak);
const sk = [];
for (const k in 'hi') sk.push(k);
console.log(sk);
for (const k in null) console.log('never');
for (const k in undefined) console.log('never');
const nk = [];
for (const k in 5) nk.push(k);
console.log(nk);
// symbols are never enumerated by for-in
const sym = { [Symbol('s')]: 1, plain: 2 };
for (const k in sym) console.log('sym-test', k);
