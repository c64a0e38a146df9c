// TypedArray(buffer, byteOffset, length) views and their RangeErrors
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const buf = new ArrayBuffer(8);
new Uint8Array(buf).set([1, 2, 3, 4, 5, 6, 7, 8]);
show("whole", () => new Uint8Array(buf).join());
show("offset", () => new Uint8Array(buf, 3).join());
show("offset+len", () => new Uint8Array(buf, 2, 3).join());
show("u16", () => new Uint16Array(buf, 2, 2).join());
show("u32", () => new Uint32Array(buf).join());
show("unaligned", () => new Uint16Array(buf, 1));
show("len not multiple", () => new Uint32Array(new ArrayBuffer(6)));
show("offset too big", () => new Uint8Array(buf, 9));
show("offset == length", () => new Uint8Array(buf, 8).length);
show("too long", () => new Uint16Array(buf, 4, 3));
show("negative offset", () => new Uint8Array(buf, -1));
show("undefined length", () => new Uint8Array(buf, 6, undefined).length);
show("string args", () => new Uint8Array(buf, "4", "2").join());
show("shares memory", () => { const a = new Uint8Array(buf, 0, 2); const b = new Uint16Array(buf, 0, 1); a[0] = 0xff; a[1] = 0; return b[0]; });
show("props", () => { const v = new Int16Array(buf, 2, 3); return [v.length, v.byteLength, v.byteOffset, v.buffer === buf]; });
