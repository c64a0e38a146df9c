// ToInt32 / ToUint32 wrap-around in bitwise operators and shifts
const vals = [0, -0, 1, -1, 2147483647, 2147483648, -2147483648, -2147483649, 4294967295, 4294967296,
  4294967297, 1.9, -1.9, 1e20, -1e20, 2 ** 53, 2 ** 53 + 2, 2 ** 64, NaN, Infinity, -Infinity, 0.5, 3e9,
  '12', '0x10', 'abc', true, null, undefined, [7], 9007199254740991];
for (const v of vals) {
  console.log(String(v), v | 0, v >>> 0, ~v, v & 0xff, v ^ -1, v << 1, v >> 1, v >>> 1);
}
console.log(1 << 31, 1 << 32, 1 << 33, 1 << -1, -1 >>> 0, -1 >> 31, -1 >>> 31, 5 >> 33, 5 >>> -31);
console.log(0x7fffffff + 1 | 0, (2 ** 31) >> 0, (2 ** 32 + 5) >>> 0, -(2 ** 31) - 1 | 0);
console.log(~~3.7, ~~-3.7, ~~'8', ~~{}, ~[], ~null);
console.log(Object.is(0 | -0, 0), Object.is(-0 >> 0, 0), Object.is(-0 >>> 0, 0));
let x = 1;
x <<= 31; console.log(x);
x >>>= 0; console.log(x);
x |= 0; console.log(x);
x ^= 0xffffffff; console.log(x);
x &= -1; console.log(x);
