// SharedArrayBuffer and growable buffers
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const s = new SharedArrayBuffer(4);
show("props", () => [s.byteLength, s.growable, s.maxByteLength, Object.prototype.toString.call(s)]);
show("views", () => { const u = new Uint8Array(s); u[0] = 5; return [new Uint8Array(s)[0], ArrayBuffer.isView(u)]; });
show("slice", () => { const c = s.slice(0, 2); return [c.constructor.name, c.byteLength]; });
const g = new SharedArrayBuffer(2, { maxByteLength: 8 });
show("growable", () => [g.growable, g.maxByteLength]);
const tv = new Uint8Array(g);
show("grow", () => { g.grow(6); return [g.byteLength, tv.length]; });
show("grow same", () => { g.grow(6); return g.byteLength; });
show("shrink", () => g.grow(1));
show("grow too big", () => g.grow(9));
show("no new", () => SharedArrayBuffer(1));
show("AB method on SAB", () => ArrayBuffer.prototype.slice.call(s));
show("SAB method on AB", () => SharedArrayBuffer.prototype.slice.call(new ArrayBuffer(1)));
show("byteLength getter", () => Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "byteLength").get.call(s));
show("proto names", () => Object.getOwnPropertyNames(SharedArrayBuffer.prototype).sort().join());
show("freeze view of SAB", () => Object.isFrozen(Object.freeze(new Uint8Array(new SharedArrayBuffer(0)))));
