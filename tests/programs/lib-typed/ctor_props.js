// Constructor properties: name, length, BYTES_PER_ELEMENT, prototype chain, descriptors
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const TA = Object.getPrototypeOf(Int8Array);
console.log(TA.name, TA.length, typeof TA, TA === Object.getPrototypeOf(Float64Array));
for (const C of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array]) {
  const d = Object.getOwnPropertyDescriptor(C, "BYTES_PER_ELEMENT");
  console.log(C.name, C.length, C.BYTES_PER_ELEMENT, C.prototype.BYTES_PER_ELEMENT, d.writable, d.enumerable, d.configurable,
    Object.getPrototypeOf(C.prototype) === TA.prototype, Object.getOwnPropertyNames(C.prototype).sort().join());
}
show("TA()", () => TA());
show("new TA()", () => new TA());
show("TA statics", () => Object.getOwnPropertyNames(TA).sort().join());
show("species", () => [Int8Array[Symbol.species] === Int8Array, TA[Symbol.species] === TA]);
show("prototype desc", () => { const d = Object.getOwnPropertyDescriptor(Int8Array, "prototype"); return [d.writable, d.enumerable, d.configurable]; });
show("from/of lengths", () => [TA.from.length, TA.of.length, Int8Array.from === TA.from]);
show("global descs", () => { const d = Object.getOwnPropertyDescriptor(globalThis, "Uint8Array"); return [d.writable, d.enumerable, d.configurable]; });
