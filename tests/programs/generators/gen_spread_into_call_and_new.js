function* nums() { yield 1; yield 2; yield 3; }
function sum(a, b, c) { return a + b + c; }
console.log(sum(...nums()), new Array(...nums()).length);
class P { constructor(...a) { this.a = a; } }
console.log(new P(0, ...nums(), 4).a);
console.log(Math.min(...nums(), ...nums()));
const o = { ...[...nums()] };
console.log(o);
