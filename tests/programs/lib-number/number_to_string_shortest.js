// Number::toString: shortest round-trip digits, notation thresholds (1e21, 1e-7)
const xs = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 100, 1e20, 1e21, 123456789012345680000, 1.5e21, 1e-6, 1e-7, 1.5e-7, 0.000001234, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 2 ** 53, 2 ** 53 + 2, 2 ** 63, 4.35, 0.000001, 123e-20, 9.999999999999999e22, 1e23, 5e-7, -1e-7, -1e21, 1.0000000000000002, 0.30000000000000004, 1234.5678, 100.0, -0, 255 / 256];
for (const x of xs) console.log(String(x), `${x}`, x + "", JSON.stringify(x), [x].join());
console.log(String(1e21 - 65536), String(999999999999999900000), (0.1).toString(10), Number("1e-7").toString(), Number.MIN_VALUE.toString());
