// Math.clz32 / imul / fround
const f = v => Object.is(v, -0) ? "-0" : String(v);
for (const x of [0, 1, 2, 3, 0x7fffffff, 0x80000000, 0xffffffff, 2 ** 32, 2 ** 32 + 1, -1, -0, 0.5, 1.9, NaN, Infinity, -Infinity, "8", null, undefined, true, [16]]) console.log("clz32", String(x), Math.clz32(x));
console.log(Math.clz32(), Math.clz32.length);
for (const [a, b] of [[2, 3], [-1, 8], [0xffffffff, 5], [0x7fffffff, 2], [0x10000, 0x10000], [1.9, 2.9], [NaN, 1], [Infinity, 1], ["3", "4"], [-0, 5], [2 ** 31, 2], [123456789, 987654321]]) console.log("imul", a, b, f(Math.imul(a, b)));
console.log(Math.imul(), Math.imul(3), Math.imul.length);
for (const x of [0, -0, 1, 1.1, 5.5, 5.05, 0.1, -0.1, 1e40, -1e40, 3.4028234663852886e38, 3.4028235677973366e38, 3.4028235677973362e38, 1e-46, 1.401298464324817e-45, 7.006492321624085e-46, 7.006492321624087e-46, 2 ** 24 + 1, NaN, Infinity, -Infinity]) console.log("fround", String(x), f(Math.fround(x)));
console.log(Math.fround(), Math.fround.length, Math.fround("1.1"));
