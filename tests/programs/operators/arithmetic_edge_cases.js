// Arithmetic edge cases: -0, NaN, Infinity, % sign, precision, division by zero
const z = (v) => (Object.is(v, -0) ? '-0' : String(v));
console.log(z(0 * -1), z(-0 + 0), z(-0 - 0), z(0 / -5), z(-5 % 5), z(5 % -5), z(-0 * -0), z(Math.round(-0.4)));
console.log(5 % 3, -5 % 3, 5 % -3, -5 % -3, 5.5 % 2, -5.5 % 2, 5 % Infinity, Infinity % 5, 5 % 0, 0 % 5);
console.log(1 / 0, -1 / 0, 0 / 0, 1 / -0, Infinity - Infinity, Infinity * 0, Infinity / Infinity, -Infinity * -1);
console.log(0.1 + 0.2, 0.1 * 3, 1 - 0.9, 9007199254740992 + 1, 9007199254740993, 2 ** 53 + 1 === 2 ** 53);
console.log(1e308 * 10, -1e308 * 10, 5e-324 / 2, 5e-324 * 0.5, Number.MIN_VALUE / 2);
console.log(7 / 2 | 0, Math.floor(-7 / 2), Math.trunc(-7 / 2), -7 / 2 | 0, ~~(-7 / 2));
console.log(10 - '3', '10' - 3, '10' * '2', '10' / '4', '7' % '4', 'a' - 1, '' - 1, ' ' * 2, null * 5, undefined * 5);
console.log(true + 1, false * 10, [] * 2, [4] * [2], {} * 2, [1, 2] * 2);
console.log(0.000001 * 1e-300, 123456789 * 987654321, (123456789 * 987654321) % 1000);
console.log(-(-0), -'', -'-0', +'', +[], +{}, +[[]], +[[1]], -null, -undefined);
