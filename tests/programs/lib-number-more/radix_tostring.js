// Number.prototype.toString(radix) for fractions, negatives, large and tiny values
const vals = [0, -0, 1, -1, 0.5, -0.5, 0.1, 1 / 3, 255, -255, 255.5, 3.75, 1e21, 2 ** 53, 2 ** 53 + 2, -(2 ** 31), 1e-7, 123.456, 2 ** -20, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity];
for (const r of [2, 3, 8, 16, 36]) {
  console.log("radix", r);
  for (const v of vals) console.log("  ", String(v).padEnd(22), v.toString(r));
}
console.log((0.1).toString(3), (0.2).toString(5), (0.3).toString(7), (1e-10).toString(36), (12345.6789).toString(32));
console.log((Number.MAX_VALUE).toString(36), (Number.MIN_VALUE).toString(2).length, (Number.MAX_VALUE).toString(2).length);
console.log((35).toString(36), (36).toString(36), (-35.5).toString(36), (1295).toString(36), (0.5).toString(36), (1 / 36).toString(36));
for (const r of [undefined, 10, "16", 16.9, 2.5, { valueOf() { return 8; } }]) console.log(String(r), (255).toString(r));
for (const r of [0, 1, 37, -2, NaN, Infinity, null]) { try { (10).toString(r); console.log("ok", r); } catch (e) { console.log(String(r), e.constructor.name + ": " + e.message); } }
try { Number.prototype.toString.call("5"); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
try { Number.prototype.toString.call({}, 2); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
console.log(Number.prototype.toString.call(new Number(10), 2), Number.prototype.toString.length);
// round trips through parseInt / parseFloat
for (const r of [2, 7, 16, 36]) console.log(r, parseInt((123456789).toString(r), r), parseInt((-987654).toString(r), r));
console.log(parseFloat((0.1).toString(10)) === 0.1, (2 ** 70).toString(16), (2 ** 70 + 2 ** 30).toString(2).length);
