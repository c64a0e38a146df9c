// DataView float accessors: rounding, NaN, Infinity, -0
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const d = new DataView(new ArrayBuffer(8));
for (const v of [0.1, -0, 1e39, -1e39, 1e-46, 3.4028235677973366e38, 16777217, NaN, Infinity, -Infinity, 5e-324, "2.5", null]) {
  d.setFloat32(0, v); const a = d.getFloat32(0);
  d.setFloat64(0, v); const b = d.getFloat64(0);
  console.log(String(v), a, Object.is(a, -0), b, Object.is(b, -0));
}
show("-0 bytes", () => { d.setFloat64(0, -0); return [d.getUint8(0), d.getUint8(7)]; });
show("Infinity bytes", () => { d.setFloat32(0, Infinity); return [d.getUint8(0), d.getUint8(1), d.getUint8(2), d.getUint8(3)]; });
show("read int bits as float", () => { d.setUint32(0, 0x3f800000); return d.getFloat32(0); });
show("read denormal", () => { d.setUint32(0, 1); return d.getFloat32(0); });
