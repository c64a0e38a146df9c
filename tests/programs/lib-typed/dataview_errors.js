// DataView construction and access errors
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const b = new ArrayBuffer(4);
show("not buffer", () => new DataView({}));
show("typed array", () => new DataView(new Uint8Array(4)));
show("no new", () => DataView(b));
show("offset", () => { const d = new DataView(b, 1); return [d.byteOffset, d.byteLength]; });
show("offset+length", () => { const d = new DataView(b, 1, 2); return [d.byteOffset, d.byteLength]; });
show("offset too big", () => new DataView(b, 5));
show("offset at end", () => new DataView(b, 4).byteLength);
show("length too big", () => new DataView(b, 1, 4));
show("negative offset", () => new DataView(b, -1));
show("negative length", () => new DataView(b, 0, -1));
const d = new DataView(b, 1, 2);
show("get past end", () => d.getUint16(1));
show("get negative", () => d.getInt8(-1));
show("get at end", () => d.getUint8(2));
show("set past end", () => d.setInt16(1, 0));
show("get index coercion", () => [d.getUint8("1"), d.getUint8(0.9), d.getUint8(NaN), d.getUint8()]);
show("set value coerced before range check", () => { let n = 0; try { d.setUint8(10, { valueOf() { n++; return 1; } }); } catch (e) { return [e.name, n]; } });
show("method on other", () => DataView.prototype.getInt8.call(new Uint8Array(1), 0));
show("getter on other", () => Object.getOwnPropertyDescriptor(DataView.prototype, "byteLength").get.call(b));
show("buffer getter", () => d.buffer === b);
show("tag", () => Object.prototype.toString.call(d));
