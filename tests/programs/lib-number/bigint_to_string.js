// BigInt.prototype.toString / valueOf / toLocaleString and thisBigIntValue
const vs = [0n, 1n, -1n, 10n, 255n, -255n, 2n ** 64n, -(2n ** 100n), 123456789n];
for (const v of vs) console.log(String(v), [2, 3, 8, 10, 16, 32, 36].map(r => v.toString(r)).join(" "), v.toLocaleString(), v.valueOf() === v);
for (const r of [1, 37, 0, -1, Infinity, NaN, "16", 16.9, undefined, null]) {
  try { console.log(String(r), (255n).toString(r)); } catch (e) { console.log(String(r), e.name, e.message); }
}
try { (1n).toString(Symbol()); } catch (e) { console.log(e.name, e.message); }
try { (1n).toString(1n); } catch (e) { console.log(e.name, e.message); }
for (const m of ["toString", "valueOf", "toLocaleString"]) {
  for (const t of [1, "1", {}, null, undefined, Object(1)]) {
    try { BigInt.prototype[m].call(t); console.log("no error"); } catch (e) { console.log(m, e.name, e.message); }
  }
  console.log(m, BigInt.prototype[m].length, BigInt.prototype[m].call(Object(42n)));
}
console.log(Object.prototype.toString.call(1n), Object.prototype.toString.call(Object(1n)), BigInt.prototype[Symbol.toStringTag], JSON.stringify(Object.getOwnPropertyDescriptor(BigInt.prototype, Symbol.toStringTag)));
console.log(Object.getOwnPropertyNames(BigInt.prototype).sort(), Object.getOwnPropertyNames(BigInt).sort());
console.log(`${10n}`, 10n + "", String(-5n), [1n, 2n].join(), (2n ** 70n).toString().length);
