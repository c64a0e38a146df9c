// Integrity levels on typed arrays
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
show("freeze non-empty", () => Object.freeze(new Uint8Array(2)));
show("freeze empty", () => Object.isFrozen(Object.freeze(new Uint8Array(0))));
show("preventExtensions", () => { const t = new Int8Array(1); Object.preventExtensions(t); t.x = 1; t[0] = 5; return [t.x, t[0], Object.isExtensible(t)]; });
show("isFrozen non-empty", () => Object.isFrozen(Object.preventExtensions(new Int8Array(1))));
show("isFrozen empty", () => Object.isFrozen(Object.preventExtensions(new Int8Array(0))));
show("freeze buffer", () => { const b = Object.freeze(new ArrayBuffer(2)); new Uint8Array(b)[0] = 1; return new Uint8Array(b)[0]; });
show("freeze subarray empty", () => Object.isFrozen(Object.freeze(new Uint8Array(4).subarray(2, 2))));
