// ArrayBuffer.prototype.transfer / transferToFixedLength / detached (ES2024) and how typed
// arrays, DataViews and iterators behave on a detached buffer.  node 20 lacks transfer(), so the
// expected output was derived by hand from the spec (IsDetachedBuffer checks, ValidateTypedArray,
// TypedArray [[Get]] returning undefined, getters returning 0, messages worded as V8 does).
function show(label, f) { try { const v = f(); console.log(label, Array.isArray(v) ? v.join() : String(v)); } catch (e) { console.log(label, "threw", e.name); } }
const b = new ArrayBuffer(4);
const u8 = new Uint8Array(b); u8.set([1, 2, 3, 4]);
const dv = new DataView(b);
const it = u8.values(); it.next();
show("detached before", () => b.detached);
const nb = b.transfer();
show("detached after", () => [b.detached, b.byteLength, nb.detached, nb.byteLength]);
show("contents moved", () => Array.from(new Uint8Array(nb)));
show("view length", () => [u8.length, u8.byteLength, u8.byteOffset]);
show("view read", () => u8[0]);
show("view write ignored", () => { u8[0] = 9; return u8[0]; });
show("in operator", () => 0 in u8);
show("keys", () => Object.keys(u8).length);
show("fill", () => u8.fill(0));
show("join", () => u8.join());
show("iterator next", () => it.next());
show("values()", () => u8.values());
show("new from detached", () => new Uint8Array(b));
show("new TA from TA on detached", () => new Int8Array(u8));
show("DataView getter", () => dv.byteLength);
show("DataView get", () => dv.getUint8(0));
show("DataView ctor", () => new DataView(b));
show("slice", () => b.slice());
show("transfer again", () => b.transfer());
show("resize", () => new ArrayBuffer(1, { maxByteLength: 2 }).transfer().resizable);
show("transfer length", () => { const x = new ArrayBuffer(4); new Uint8Array(x)[3] = 7; const y = x.transfer(8); return [y.byteLength, new Uint8Array(y)[3], new Uint8Array(y)[7]]; });
show("transfer shorter", () => { const x = new ArrayBuffer(4); new Uint8Array(x).set([5, 6]); const y = x.transfer(1); return Array.from(new Uint8Array(y)); });
show("transferToFixedLength", () => { const x = new ArrayBuffer(2, { maxByteLength: 8 }); const y = x.transferToFixedLength(); return [y.resizable, y.byteLength, x.detached]; });
show("transfer keeps resizable", () => { const x = new ArrayBuffer(2, { maxByteLength: 8 }); const y = x.transfer(); return [y.resizable, y.maxByteLength]; });
show("transfer beyond max", () => new ArrayBuffer(2, { maxByteLength: 4 }).transfer(5));
show("maxByteLength detached", () => { const x = new ArrayBuffer(2, { maxByteLength: 8 }); x.transfer(); return x.maxByteLength; });
show("lengths", () => [ArrayBuffer.prototype.transfer.length, ArrayBuffer.prototype.transferToFixedLength.length]);
show("detached getter name", () => Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "detached").get.name);
show("sort detached", () => u8.sort());
show("subarray detached", () => u8.subarray(0));
show("Atomics detached", () => Atomics.load(u8, 0));
