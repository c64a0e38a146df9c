const a = 12345678901234567890n;
console.log(a, a * a, a + 1n, -a, typeof a);
console.log(2n ** 100n, 100n / 7n, 100n % 7n, (-100n) / 7n);
console.log(1n == 1, 1n === 1, 2n > 1, 10n < 9.5, [1n, 2n]);
try { 1n + 1; } catch (e) { console.log(e.name, e.message); }
console.log(BigInt(42), BigInt("123"), String(5n), 5n + "");
let f = 1n;
for (let i = 1n; i <= 25n; i++) f *= i;
console.log(f);
