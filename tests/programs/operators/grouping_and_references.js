// Parenthesised references keep their reference-ness: (o.m)(), (x) = 1, delete (o.p), typeof (undeclared)
const o = { v: 'o', m() { return this && this.v; }, p: 1 };
console.log((o.m)(), (o['m'])(), ((o.m))());
let x;
(x) = 5;
console.log(x);
console.log(delete (o.p), 'p' in o);
console.log(typeof (undeclaredIdentifier));
const arr = [1, 2];
[(arr[0])] = [10];
console.log(arr);
({ a: (o.q) } = { a: 'via pattern' });
console.log(o.q);
(o.count) = 0; (o.count)++; (o.count) += 5;
console.log(o.count);
