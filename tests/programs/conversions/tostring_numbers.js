// Number to string: shortest round-trip, exponent thresholds, -0, radix
const nums = [0, -0, 1, -1, 0.1, 0.000001, 0.0000001, 1e20, 1e21, 123456789012345680000, 1.5e-7, 2 ** 53, 2 ** 53 + 2,
  Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON, 1 / 3, 100, 1e100, -1e-100, 4.35, 0.1 + 0.2, 5e-324, 1.7976931348623157e308];
for (const n of nums) console.log(String(n), n + '', `${n}`, JSON.stringify(n), [n].join());
console.log((255).toString(16), (255).toString(2), (-255).toString(36), (0.5).toString(2), (3.75).toString(8), (1e21).toString(36));
console.log(String(NaN), String(Infinity), String(-Infinity), (-0).toString(), (-0).toFixed(2), Object.is(-0 + '', '0'));
console.log((123.456).toFixed(1), (0.000001234).toPrecision(2), (1e21).toFixed(2));
