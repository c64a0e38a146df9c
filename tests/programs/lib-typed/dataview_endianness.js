// DataView byte order: big-endian by default, littleEndian flag coerced with ToBoolean
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const b = new ArrayBuffer(8);
const d = new DataView(b);
const bytes = () => Array.from(new Uint8Array(b)).join(" ");
d.setUint32(0, 0x01020304); show("BE", bytes);
d.setUint32(0, 0x01020304, true); show("LE", bytes);
d.setUint16(4, 0xabcd, 1); show("LE 1", bytes);
d.setUint16(4, 0xabcd, ""); show("BE empty string", bytes);
d.setUint16(4, 0xabcd, "false"); show("LE 'false'", bytes);
d.setUint16(4, 0xabcd, {}); show("LE object", bytes);
show("read mixed", () => [d.getUint16(0), d.getUint16(0, true), d.getUint32(0), d.getInt32(0, true)]);
show("float BE", () => { d.setFloat64(0, 1.5); return bytes(); });
show("float LE", () => { d.setFloat64(0, 1.5, true); return bytes(); });
show("float32", () => { d.setFloat32(0, -2.5); return [bytes(), d.getFloat32(0), d.getFloat32(0, true)]; });
show("typed array sees LE", () => { d.setUint16(0, 0x0102, true); return new Uint16Array(b, 0, 1)[0]; });
