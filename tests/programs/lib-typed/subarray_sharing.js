// subarray creates views on the same buffer
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const a = new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]);
const s = a.subarray(2, 5);
show("values", () => s.join());
show("props", () => [s.length, s.byteOffset, s.byteLength, s.buffer === a.buffer]);
show("write through", () => { s[0] = 99; return a[2]; });
show("negative", () => a.subarray(-3).join());
show("negative both", () => a.subarray(-3, -1).join());
show("start > end", () => a.subarray(5, 2).length);
show("out of range", () => a.subarray(100).length);
show("nested", () => { const n = s.subarray(1); return [n.byteOffset, n.join()]; });
show("other type", () => { const w = new Uint16Array(a.buffer).subarray(1, 3); return [w.byteOffset, w.length, w.join()]; });
show("no args", () => a.subarray().length);
show("coercion", () => a.subarray("1", { valueOf() { return 3; } }).join());
show("Infinity", () => a.subarray(-Infinity, Infinity).length);
show("on non-TA", () => Uint8Array.prototype.subarray.call([1, 2]));
