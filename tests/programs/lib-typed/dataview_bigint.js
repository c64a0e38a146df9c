// DataView BigInt64 / BigUint64 accessors
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const d = new DataView(new ArrayBuffer(8));
for (const v of [0n, 1n, -1n, 2n ** 63n - 1n, 2n ** 63n, 2n ** 64n, 2n ** 64n + 1n, -(2n ** 63n) - 1n]) {
  d.setBigInt64(0, v);
  console.log(String(v), d.getBigInt64(0), d.getBigUint64(0), d.getBigInt64(0, true));
}
show("number throws", () => d.setBigInt64(0, 1));
show("string ok", () => { d.setBigUint64(0, "255"); return d.getBigUint64(0); });
show("bool ok", () => { d.setBigInt64(0, true); return d.getBigInt64(0); });
show("LE bytes", () => { d.setBigUint64(0, 0x0102030405060708n, true); return Array.from(new Uint8Array(d.buffer)).join(); });
show("BE bytes", () => { d.setBigUint64(0, 0x0102030405060708n); return Array.from(new Uint8Array(d.buffer)).join(); });
show("range", () => d.getBigInt64(1));
show("bad string", () => d.setBigInt64(0, "1.5"));
