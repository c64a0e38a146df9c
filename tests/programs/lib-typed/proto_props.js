// %TypedArray%.prototype: accessors, method lengths, shared toString, @@iterator
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const TAP = Object.getPrototypeOf(Int8Array.prototype);
const names = Object.getOwnPropertyNames(TAP).sort();
for (const n of names) {
  const d = Object.getOwnPropertyDescriptor(TAP, n);
  console.log(n, d.get ? "get " + d.get.name : typeof d.value, d.value && typeof d.value === "function" ? d.value.length : "", d.enumerable, d.configurable);
}
show("toString shared", () => TAP.toString === Array.prototype.toString);
show("iterator is values", () => TAP[Symbol.iterator] === TAP.values);
show("tag getter", () => { const d = Object.getOwnPropertyDescriptor(TAP, Symbol.toStringTag); return [d.get.name, d.set, d.configurable]; });
show("tag on non-TA", () => Object.getOwnPropertyDescriptor(TAP, Symbol.toStringTag).get.call({}));
show("tag on TA", () => Object.getOwnPropertyDescriptor(TAP, Symbol.toStringTag).get.call(new Uint8ClampedArray(1)));
show("length getter on object", () => Object.getOwnPropertyDescriptor(TAP, "length").get.call({}));
show("buffer getter on DataView", () => Object.getOwnPropertyDescriptor(TAP, "buffer").get.call(new DataView(new ArrayBuffer(1))));
show("method on non-TA", () => TAP.fill.call([1, 2], 0));
show("method on TA proto", () => TAP.join.call(Int8Array.prototype));
