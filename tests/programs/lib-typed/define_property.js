// Object.defineProperty / Reflect.defineProperty on typed array indices
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const t = new Int8Array(3);
show("value", () => { Object.defineProperty(t, 0, { value: 5 }); return t[0]; });
show("full desc", () => Reflect.defineProperty(t, 1, { value: 6, writable: true, enumerable: true, configurable: true }));
show("non-writable", () => Reflect.defineProperty(t, 1, { value: 6, writable: false }));
show("non-enumerable", () => Reflect.defineProperty(t, 1, { enumerable: false }));
show("non-configurable", () => Reflect.defineProperty(t, 1, { configurable: false }));
show("accessor", () => Reflect.defineProperty(t, 1, { get() { return 1; } }));
show("out of range", () => Reflect.defineProperty(t, 3, { value: 1 }));
show("-0 key", () => Reflect.defineProperty(t, "-0", { value: 1 }));
show("named prop ok", () => { Object.defineProperty(t, "x", { value: 1, enumerable: true }); return Object.keys(t).join(); });
show("conversion", () => { Object.defineProperty(t, 2, { value: "300" }); return t[2]; });
show("final", () => t.join());
show("defineProperties", () => { Object.defineProperties(t, { 0: { value: -1 }, 1: { value: 1000 } }); return t.join(); });
