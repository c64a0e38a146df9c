// TypedArray(array): values converted per element type, holes read as undefined
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const src = [1, 2.5, -3, "4", , null, undefined, NaN, 300];
for (const C of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array])
  console.log(C.name, Array.from(new C(src)).join(" "));
show("nested", () => new Float64Array([[1], [2, 3], "x"]).join());
show("getter order", () => { const log = []; const a = [1, 2]; Object.defineProperty(a, 1, { get() { log.push("g1"); return 5; } }); const t = new Int8Array(a); return log.join() + " " + t.join(); });
show("array with custom iterator", () => { const a = [1, 2, 3]; a[Symbol.iterator] = function* () { yield 9; }; return new Uint8Array(a).join(); });
show("empty", () => new Uint8Array([]).length);
show("big array", () => new Uint16Array(Array.from({ length: 1000 }, (_, i) => i * 70)).reduce((a, b) => a + b));
