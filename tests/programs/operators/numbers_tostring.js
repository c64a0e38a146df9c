const nums = [0, -0, 1, -1, 0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 100, 1e21, 1e20, 123456789012345680000, 1.5e-7,
  0.000001, 0.0000001, 1e-7, 5e-324, 1.7976931348623157e308, 2 ** 53, 2 ** 53 + 1, -1e-7, 123.456, 1e100,
  NaN, Infinity, -Infinity, 4.35, 0.5, 1.005, 25e-5, 1234.5678e10];
for (const n of nums) console.log(String(n), n);
console.log(String(-0), -0, `${-0}`, -0 + "");
console.log((255).toString(16), (255).toString(2), (0.5).toString(2), (-255).toString(36));
console.log((3.14159).toFixed(2), (0.5).toFixed(0), (1.45).toFixed(1), (1234.5678).toFixed(3), (-1.5).toFixed(0));
console.log((123.456).toPrecision(4), (0.00012).toPrecision(2), (123456).toPrecision(2));
