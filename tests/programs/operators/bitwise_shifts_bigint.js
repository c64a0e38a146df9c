// BigInt bitwise operators and shifts (two's complement semantics, arbitrary size)
const vals = [0n, 1n, -1n, 255n, -256n, 2n ** 64n, -(2n ** 64n) + 1n];
for (const a of vals) console.log(String(a), ~a, a & 0xffn, a | 1n, a ^ -1n, a << 3n, a >> 3n, a >> 70n, a << 0n);
console.log(-7n >> 1n, -7n / 2n, 7n >> 1n, -1n >> 1000n, 1n << 100n, (1n << 100n) >> 99n);
try { 1n << 1; } catch (e) { console.log(e.constructor.name, e.message); }
try { 1n >>> 1n; } catch (e) { console.log(e.constructor.name, e.message); }
try { ~Object(1n) === -2n ? console.log('wrapper ~ works') : 0; } catch (e) { console.log(e.message); }
console.log(typeof (5n & 3n), 5n & 3n, 5n | 3n, 5n ^ 3n, -(2n ** 127n) & (2n ** 64n - 1n));
