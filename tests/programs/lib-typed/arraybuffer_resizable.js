// Resizable ArrayBuffers and length-tracking views
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const rab = new ArrayBuffer(4, { maxByteLength: 16 });
show("props", () => [rab.byteLength, rab.maxByteLength, rab.resizable]);
show("fixed props", () => { const f = new ArrayBuffer(4); return [f.maxByteLength, f.resizable]; });
const track = new Uint8Array(rab);
const fixed = new Uint8Array(rab, 0, 4);
const off = new Uint16Array(rab, 2);
show("initial", () => [track.length, fixed.length, off.length]);
show("grow", () => { rab.resize(10); return [rab.byteLength, track.length, fixed.length, off.length, track.join()]; });
show("write tracked", () => { track[9] = 7; return new Uint8Array(rab)[9]; });
show("shrink", () => { rab.resize(3); return [track.length, fixed.length, fixed.byteLength, fixed.byteOffset, off.length, off.byteOffset]; });
show("oob read", () => [fixed[0], off[0], track[0]]);
show("oob method", () => fixed.fill(1));
show("oob length getter", () => [fixed.length, fixed.byteLength]);
show("back in bounds", () => { rab.resize(4); return [fixed.length, fixed.join(), off.length]; });
show("zero", () => { rab.resize(0); return [track.length, track.byteLength]; });
show("resize too big", () => rab.resize(17));
show("resize negative", () => rab.resize(-1));
show("resize fixed", () => new ArrayBuffer(2).resize(1));
show("max < length", () => new ArrayBuffer(4, { maxByteLength: 2 }));
show("max undefined", () => new ArrayBuffer(4, { maxByteLength: undefined }).resizable);
show("options not object", () => new ArrayBuffer(4, 5).resizable);
show("slice of resizable", () => { const r = new ArrayBuffer(2, { maxByteLength: 8 }); const s = r.slice(); return [s.resizable, s.byteLength]; });
show("DataView tracking", () => { const r = new ArrayBuffer(2, { maxByteLength: 8 }); const d = new DataView(r); r.resize(6); return d.byteLength; });
show("DataView oob", () => { const r = new ArrayBuffer(4, { maxByteLength: 8 }); const d = new DataView(r, 2, 2); r.resize(3); return d.byteLength; });
