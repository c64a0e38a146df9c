// BigInt.asIntN / asUintN: wrapping, bit counts, ToIndex and ToBigInt errors
const vals = [0n, 1n, -1n, 127n, 128n, 255n, 256n, -128n, -129n, 2n ** 63n, -(2n ** 63n), 2n ** 64n - 1n, 2n ** 64n, -(2n ** 64n), 12345678901234567890n];
for (const v of vals) console.log(String(v), [0, 1, 7, 8, 9, 32, 63, 64, 65, 200].map(b => BigInt.asIntN(b, v) + "/" + BigInt.asUintN(b, v)).join(" "));
console.log(BigInt.asIntN(2 ** 53 - 1, -5n), BigInt.asUintN(2 ** 53 - 1, 5n), BigInt.asIntN("8", "255"), BigInt.asUintN(8.9, true), BigInt.asIntN(undefined, 5n), BigInt.asUintN(null, -1n));
for (const [b, v] of [[-1, 1n], [2 ** 53, 1n], [Infinity, 1n], [NaN, 1n], [8, 1], [8, 1.5], [8, "x"], [8, undefined], [8, null], [8, Symbol()], [1n, 1n], [2 ** 40, -1n]]) {
  try { console.log(String(b), typeof v === "symbol" ? "sym" : String(v), BigInt.asUintN(b, v)); } catch (e) { console.log(String(b), typeof v === "symbol" ? "sym" : String(v), e.name, e.message); }
}
const log = [];
try { BigInt.asIntN({ valueOf() { log.push("bits"); return 8; } }, { valueOf() { log.push("bigint"); return 1; } }); } catch (e) { log.push(e.name); }
console.log(log.join(","), BigInt.asIntN.length, BigInt.asUintN.length, BigInt.asIntN.name);
