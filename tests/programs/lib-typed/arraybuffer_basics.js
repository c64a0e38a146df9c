// ArrayBuffer: construction, byteLength, slice, isView, species
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
for (const v of [0, 8, "4", 1.9, null, undefined, NaN, true]) show("new ArrayBuffer(" + String(v) + ")", () => new ArrayBuffer(v).byteLength);
show("negative", () => new ArrayBuffer(-1));
show("no new", () => ArrayBuffer(1));
show("huge", () => new ArrayBuffer(2 ** 53));
const b = new ArrayBuffer(8); new Uint8Array(b).set([0, 1, 2, 3, 4, 5, 6, 7]);
for (const args of [[], [2], [2, 5], [-3], [-3, -1], [5, 2], [0, 100], ["1", "3"]]) show("slice " + JSON.stringify(args), () => Array.from(new Uint8Array(b.slice(...args))).join());
show("slice is copy", () => { const c = b.slice(0, 1); new Uint8Array(c)[0] = 99; return new Uint8Array(b)[0]; });
show("isView", () => [ArrayBuffer.isView(new Uint8Array(1)), ArrayBuffer.isView(new DataView(b)), ArrayBuffer.isView(b), ArrayBuffer.isView([]), ArrayBuffer.isView()]);
show("species", () => ArrayBuffer[Symbol.species] === ArrayBuffer);
show("slice species", () => { class B extends ArrayBuffer {} return new B(4).slice(1).constructor.name; });
show("slice species same", () => { const x = new ArrayBuffer(4); x.constructor = { [Symbol.species]: function () { return x; } }; return x.slice(); });
show("slice species small", () => { const x = new ArrayBuffer(4); x.constructor = { [Symbol.species]: function () { return new ArrayBuffer(1); } }; return x.slice(); });
show("tag", () => [Object.prototype.toString.call(b), b[Symbol.toStringTag]]);
show("byteLength on other", () => Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "byteLength").get.call(new Uint8Array(1)));
show("props", () => ["byteLength", "maxByteLength", "resizable", "resize", "slice"].map(n => n in ArrayBuffer.prototype).join());
show("lengths", () => [ArrayBuffer.length, ArrayBuffer.prototype.slice.length, ArrayBuffer.isView.length]);
