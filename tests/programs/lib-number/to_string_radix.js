// Number.prototype.toString(radix) for integers, fractions and extremes
const xs = [0, -0, 1, -1, 255, -255, 255.5, 0.5, 0.1, 0.25, 1 / 3, 3.14159, 1e21, 2 ** 53, 2 ** 53 + 2, 2 ** 64, 1e300, 5e-324, 1e-7, 123.456, -0.75, NaN, Infinity, -Infinity];
for (const x of xs) console.log(String(x), [2, 3, 8, 16, 32, 36].map(r => x.toString(r)).join(" "));
for (let r = 2; r <= 36; r++) console.log(r, (1e6 + 0.5).toString(r), (-123.125).toString(r));
for (const r of [1, 37, 0, -1, Infinity, NaN, "16", 16.9, undefined, null]) {
  try { console.log(String(r), (255).toString(r)); } catch (e) { console.log(String(r), e.name, e.message); }
}
try { Number.prototype.toString.call("1"); } catch (e) { console.log(e.name, e.message); }
console.log(Number.prototype.toString.length, (10).toString(undefined), Number.prototype.toString.call(new Number(7), 2));
