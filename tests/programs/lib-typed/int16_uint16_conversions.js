// Int16Array / Uint16Array wrap-around conversions
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const vals = [0, 1, -1, 32767, 32768, -32768, -32769, 65535, 65536, 65537, -65536, 1.5, -1.5, NaN, 1e20, -1e20, "40000"];
const i16 = new Int16Array(vals), u16 = new Uint16Array(vals);
vals.forEach((v, i) => console.log(String(v), i16[i], u16[i]));
show("reinterpret", () => Array.from(new Uint16Array(new Int16Array([-1, -2, 32767]).buffer)));
show("bytes", () => Array.from(new Uint8Array(new Uint16Array([0x1234, 0xabcd]).buffer)));
show("byteLength", () => [new Int16Array(5).byteLength, Int16Array.BYTES_PER_ELEMENT]);
