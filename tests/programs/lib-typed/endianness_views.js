// Several views over one buffer: little-endian element layout as on x86
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const buf = new ArrayBuffer(16);
const u8 = new Uint8Array(buf), u16 = new Uint16Array(buf), u32 = new Uint32Array(buf), f64 = new Float64Array(buf), i8 = new Int8Array(buf);
u32[0] = 0xdeadbeef;
show("bytes", () => Array.from(u8.subarray(0, 4)).map(x => x.toString(16)).join(" "));
show("u16", () => [u16[0].toString(16), u16[1].toString(16)]);
show("i8", () => Array.from(i8.subarray(0, 4)).join());
f64[1] = -1;
show("f64 bytes", () => Array.from(u8.subarray(8)).join());
show("u32 of f64", () => [u32[2], u32[3].toString(16)]);
u8.fill(0); u8[7] = 0x3f; u8[6] = 0xf0;
show("f64 from bytes", () => f64[0]);
show("BigInt view", () => { const b = new BigUint64Array(buf); u8.fill(0); u8[0] = 1; u8[8] = 0x80; return [b[0], b[1]]; });
show("Float32 pattern", () => { const f = new Float32Array(buf); u32[0] = 0x40490fdb; return f[0]; });
show("byteOffset views", () => { const v = new Uint16Array(buf, 4, 2); u8.fill(0); u8[4] = 1; u8[7] = 1; return [v[0], v[1]]; });
