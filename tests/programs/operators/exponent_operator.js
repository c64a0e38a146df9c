// ** operator: right associativity, unary restrictions, BigInt, compound assignment, conversions
console.log(2 ** 3 ** 2, (2 ** 3) ** 2, 2 ** -1, (-2) ** 3, (-8) ** (1 / 3), 4 ** 0.5, 0 ** 0, NaN ** 0, 1 ** NaN);
console.log('2' ** '3', [2] ** [3], null ** 0, undefined ** 0, true ** 5, ({ valueOf: () => 3 }) ** 2);
console.log(2n ** 64n, (-2n) ** 3n, 0n ** 0n, 10n ** 20n);
let x = 2;
x **= 10;
console.log(x);
let big = 3n;
big **= 3n;
console.log(big);
try { 2n ** 2; } catch (e) { console.log(e.constructor.name, e.message); }
try { eval('-2 ** 2'); } catch (e) { console.log(e.constructor.name); }
console.log(Math.pow(2, 10) === 2 ** 10, Math.pow(NaN, 0), Math.pow(1, Infinity), (-1) ** Infinity, Math.pow(-0, -1), Math.pow(-0, -2));
console.log(2 ** 1023 * 2 ** 1, 2 ** 1024, 2 ** -1074, 2 ** -1075, (-2) ** 1023 < 0);
