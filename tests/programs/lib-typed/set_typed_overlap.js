// set() from typed arrays, including overlapping views of one buffer
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const buf = new ArrayBuffer(8);
const u8 = new Uint8Array(buf);
u8.set([1, 2, 3, 4, 5, 6, 7, 8]);
show("same buffer forward", () => { u8.set(u8.subarray(0, 4), 2); return u8.join(); });
u8.set([1, 2, 3, 4, 5, 6, 7, 8]);
show("same buffer backward", () => { u8.set(u8.subarray(2, 6), 0); return u8.join(); });
u8.set([1, 2, 3, 4, 5, 6, 7, 8]);
show("different type same buffer", () => { const u16 = new Uint16Array(buf, 0, 2); u8.set(u16, 4); return u8.join(); });
show("float into int", () => { const t = new Int8Array(3); t.set(new Float64Array([1.9, -1.9, 300])); return t.join(); });
show("int into float", () => { const t = new Float32Array(2); t.set(new Uint32Array([4294967295, 16777217])); return t.join(); });
show("clamped from int", () => { const t = new Uint8ClampedArray(2); t.set(new Int16Array([-5, 500])); return t.join(); });
show("bigint mix", () => new Uint8Array(2).set(new BigInt64Array(1)));
show("too long", () => new Uint8Array(2).set(new Uint8Array(3)));
show("offset fits", () => { const t = new Uint8Array(3); t.set(new Uint8Array([9]), 2); return t.join(); });
show("overlap float32 into bytes", () => { const b = new ArrayBuffer(8); const f = new Float32Array(b, 0, 1); f[0] = 1; const bytes = new Uint8Array(b); bytes.set(f, 1); return bytes.join(); });
