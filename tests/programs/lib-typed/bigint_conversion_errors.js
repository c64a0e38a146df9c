// Conversions to BigInt when storing into BigInt64Array
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const b = new BigInt64Array(1);
for (const v of [1, 1.5, NaN, "x", "1n", " 42 ", "0b101", "", null, undefined, Symbol("s"), {}, { valueOf() { return 7n; } }, { valueOf() { return 7; } }, [3n], true])
  show(typeof v === "symbol" ? "symbol" : JSON.stringify(String(v)), () => { b[0] = v; return b[0]; });
show("ctor with numbers", () => new BigInt64Array([1, 2]));
show("of numbers", () => BigInt64Array.of(1));
show("Number into Int8 from bigint", () => { const t = new Int8Array(1); t[0] = 5n; return t[0]; });
