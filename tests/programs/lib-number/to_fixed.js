// Number.prototype.toFixed: exact decimal rounding (ties away from zero), ranges, large values
const xs = [0, -0, 1, -1, 0.5, 1.5, 2.5, -2.5, 1.005, 1.45, 1.55, 8.345, 123.456, 0.000001, 1e-10, 1e20, 1e21, -1e21, 9.995, 1.0000000000000002, 5e-324, 2 ** 53, 0.1 + 0.2, 1 / 3, NaN, Infinity, -Infinity];
for (const x of xs) console.log(String(x), x.toFixed(), x.toFixed(1), x.toFixed(2), x.toFixed(5), x.toFixed(20));
console.log((0.1).toFixed(100));
console.log((123.456).toFixed(100).length, (1e-100).toFixed(100), (2 ** 70).toFixed(3));
for (const d of [-1, 101, Infinity, -Infinity, 100.5, -0.5, NaN, "3", null, undefined, [2], true]) {
  try { console.log(String(d), (1.25).toFixed(d)); } catch (e) { console.log(String(d), e.name, e.message); }
}
try { NaN.toFixed(101); } catch (e) { console.log("NaN first?", e.name); }
try { Number.prototype.toFixed.call("1", 1); } catch (e) { console.log(e.name, e.message); }
console.log(Number.prototype.toFixed.call(new Number(2.345), 2), Number.prototype.toFixed.length);
const log = [];
try { Number.prototype.toFixed.call({}, { valueOf() { log.push("digits"); return 1; } }); } catch (e) { log.push(e.name); }
console.log(log.join(","));
