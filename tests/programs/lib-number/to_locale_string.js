// Number.prototype.toLocaleString in the default (en-US) locale
const xs = [0, -0, 1, 12, 123, 1234, 12345, 123456, 1234567.891, -1234.5678, 0.1, 0.0005, 0.0004, 1.0005, 2.5, 999.9995, 1e21, 1.5e300, 5e-324, 123456789012345680000, NaN, Infinity, -Infinity, 1 / 3, 2 / 3];
for (const x of xs) console.log(String(x), x.toLocaleString());
console.log((1234.5).toLocaleString(undefined), Number.prototype.toLocaleString.length);
try { Number.prototype.toLocaleString.call("1"); } catch (e) { console.log(e.name, e.message); }
console.log([1234, 5678.9].toLocaleString(), (12345n).toLocaleString(), (-9876543210n).toLocaleString(), (0n).toLocaleString());
