// Relational comparison: code units, numbers, BigInt vs string/number, undefined results
console.log('a' < 'b', 'B' < 'a', 'abc' < 'abd', 'ab' < 'abc', '' < 'a', '10' < '9', '10' < 9);
console.log('\uD83D\uDE00' < '\uFFFF', '\uFF21' > '\uD83D\uDE00', 'Z' > 'z');
console.log(1n < 2, 2n > 1.5, 1n < 1.5, -1n < -0.5, 5n < Infinity, 5n > -Infinity, 1n < NaN, 1n >= NaN);
console.log(1n < '2', '3' > 2n, 1n < 'x', 1n >= 'x', '1.5' > 1n, 10n > ' 9 ', 2n ** 70n > 1e21);
console.log(NaN < 1, NaN >= 1, undefined < 1, undefined >= 0, null >= 0, null > 0, null <= 0);
console.log([2] > 1, [1, 2] < 2, ({}) < ({}), ({}) <= ({}), 'a' < {}, [10] < [9]);
console.log(-0 < 0, 0 <= -0, Infinity > 1e308, -Infinity < -1e308);
const log = [];
const L = { valueOf() { log.push('L'); return 1; } };
const R = { valueOf() { log.push('R'); return 2; } };
L < R; L > R; L <= R; L >= R;
console.log(log.join(' '));
try { Symbol() < 1; } catch (e) { console.log(e.constructor.name, e.message); }
try { 1n < Symbol(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(['b', 'a', 'B', 'aa', '\u00e9', 'e'].sort());
console.log(true > false, true >= 1, '1' == true, false < '0.5');
