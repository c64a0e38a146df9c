// Symbol.species and subclass-aware creation
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
class Sub extends Uint8Array {}
const s = new Sub([1, 2, 3]);
show("instanceof", () => [s instanceof Sub, s instanceof Uint8Array, Object.prototype.toString.call(s)]);
show("map", () => s.map(x => x).constructor.name);
show("filter", () => s.filter(x => x).constructor.name);
show("slice", () => s.slice().constructor.name);
show("subarray", () => s.subarray(1).constructor.name);
show("toSorted/with/toReversed", () => [s.toSorted().constructor.name, s.with(0, 1).constructor.name, s.toReversed().constructor.name]);
show("species undefined ctor", () => { const t = new Uint8Array(2); t.constructor = undefined; return t.slice().constructor.name; });
show("species null", () => { const t = new Uint8Array(2); t.constructor = { [Symbol.species]: null }; return t.map(x => x).constructor.name; });
show("constructor not object", () => { const t = new Uint8Array(2); t.constructor = 1; return t.slice(); });
show("species not ctor", () => { const t = new Uint8Array(2); t.constructor = { [Symbol.species]: () => {} }; return t.slice(); });
show("species returns non-TA", () => { const t = new Uint8Array(2); t.constructor = { [Symbol.species]: function () { return {}; } }; return t.slice(); });
show("subarray args", () => { let got; const t = new Uint8Array(4); t.constructor = { [Symbol.species]: function (...a) { got = a.map(x => typeof x === "object" ? "buffer" : x); return new Uint8Array(...a); } }; t.subarray(1, 3); return got.join(); });
show("map args", () => { let got; const t = new Uint8Array(3); t.constructor = { [Symbol.species]: function (...a) { got = a; return new Uint8Array(...a); } }; t.map(x => x); return got.join(); });
