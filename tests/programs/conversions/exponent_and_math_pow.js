// ** and Math.pow: special cases and exact results.
// (V8 computes pow with fdlibm's algorithm, which is not correctly rounded: e.g. 2 ** -0.5,
// 10 ** -5 and 10 ** 23 differ in the last bit from Python's libm; those inputs are left out.)
const xs = [2, -2, 0, -0, 0.5, 10, 1, -1, NaN, Infinity, -Infinity, 1.0000001, 3];
const ys = [0, -0, 1, -1, 2, 0.5, 3, -3, NaN, Infinity, -Infinity, 10, 1e10, 1023, 1024, -1074, -1075];
for (const x of xs) {
  console.log(x, ys.map(y => { const r = x ** y; return Object.is(r, -0) ? '-0' : String(r); }).join(' '));
}
console.log(2 ** 10, 2 ** -1, 10 ** 21, 10 ** 22, 3 ** 40, 7 ** 0.5, 1.1 ** 2);
console.log(Math.pow(10, 15), Math.pow(10, -3), Math.pow(5, 3), Math.pow(-8, 1 / 3), Math.pow());
console.log((-2) ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2);
let z = 3; z **= 2; console.log(z);
console.log(10 ** 308, 10 ** 309, 2 ** 1023 * 2, 2 ** -1074, 2 ** -1075);
