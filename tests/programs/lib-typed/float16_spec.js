// Float16Array and DataView getFloat16/setFloat16 (ES2025). node 20 lacks Float16Array, so the
// expected output was derived by hand from the spec: values round to the nearest binary16
// (ties to even), overflow past 65504 + half an ulp gives Infinity, 2**-24 is the smallest
// subnormal; DataView uses big-endian unless littleEndian is true.
function show(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, "threw", e.name); } }
show("name/length/BPE", () => [Float16Array.name, Float16Array.length, Float16Array.BYTES_PER_ELEMENT, Float16Array.prototype.BYTES_PER_ELEMENT].join());
show("proto", () => Object.getPrototypeOf(Float16Array) === Object.getPrototypeOf(Int8Array));
const vals = [1.5, 65504, 65519, 65520, 70000, -65520, 1e-8, 2 ** -24, 2 ** -25, 3 * 2 ** -26, 0.1, 1 / 3, 2049, 2051, -0, NaN, Infinity];
const h = new Float16Array(vals);
for (let i = 0; i < vals.length; i++) show(String(vals[i]), () => Object.is(h[i], -0) ? "-0" : h[i]);
show("bytes of 1.5", () => Array.from(new Uint8Array(new Float16Array([1.5]).buffer)).join());
show("bytes of -2", () => Array.from(new Uint8Array(new Float16Array([-2]).buffer)).join());
const d = new DataView(new ArrayBuffer(2));
show("setFloat16 BE", () => { d.setFloat16(0, 1.5); return [d.getUint8(0), d.getUint8(1)].join(); });
show("setFloat16 LE", () => { d.setFloat16(0, 1.5, true); return [d.getUint8(0), d.getUint8(1)].join(); });
for (const bits of [0x7c00, 0xfc00, 0x0001, 0x8000, 0x3c00, 0x7bff, 0xc000, 0x3555])
  show("getFloat16 0x" + bits.toString(16), () => { d.setUint16(0, bits); const v = d.getFloat16(0); return Object.is(v, -0) ? "-0" : v; });
show("getFloat16 NaN", () => { d.setUint16(0, 0x7e00); return Number.isNaN(d.getFloat16(0)); });
show("sort", () => new Float16Array([3, -1, 0.5, NaN, -0, 0]).sort().join());
show("lengths", () => [DataView.prototype.getFloat16.length, DataView.prototype.setFloat16.length].join());
show("from Float64Array", () => new Float16Array(new Float64Array([0.1, 100000])).join());
show("to Float32Array", () => new Float32Array(new Float16Array([0.1])).join());
show("toString tag", () => Object.prototype.toString.call(new Float16Array(1)));
