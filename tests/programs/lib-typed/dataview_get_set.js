// DataView getters and setters for every integer type
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const d = new DataView(new ArrayBuffer(16));
const types = ["Int8", "Uint8", "Int16", "Uint16", "Int32", "Uint32"];
for (const t of types) {
  for (const v of [0, 1, -1, 127, 128, 255, 256, 32767, 32768, 65535, 65536, 2147483647, 2147483648, 4294967295, 4294967296, 1.5, -1.5, NaN, Infinity]) {
    d["set" + t](0, v);
    console.log(t, v, d["get" + t](0), d["get" + t](0, true));
  }
}
show("return", () => d.setInt8(0, 1));
show("lengths", () => [d.getInt8.length, d.setInt8.length, d.getFloat64.length, d.setBigInt64.length]);
