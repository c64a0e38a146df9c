// Subclasses of typed array constructors
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
class Bytes extends Uint8Array {
  constructor(...args) { super(...args); this.tag = "bytes"; }
  sum() { return this.reduce((a, b) => a + b, 0); }
  static make() { return new this(3); }
}
const b = new Bytes([1, 2, 3]);
show("sum", () => b.sum());
show("own keys", () => Object.keys(b).join());
show("static", () => Bytes.make().constructor.name);
show("BYTES_PER_ELEMENT", () => Bytes.BYTES_PER_ELEMENT);
show("proto chain", () => [Object.getPrototypeOf(Bytes) === Uint8Array, Object.getPrototypeOf(Bytes.prototype) === Uint8Array.prototype]);
show("map keeps subclass", () => { const m = b.map(x => x * 2); return [m.constructor.name, m.tag, m.sum()]; });
show("length", () => b.length);
show("no super", () => { class Bad extends Uint8Array { constructor() { } } return new Bad(); });
show("Reflect.construct newTarget", () => { function F() {} F.prototype = Object.create(Int8Array.prototype); const o = Reflect.construct(Int8Array, [2], F); return [o instanceof F, o.length]; });
show("newTarget prototype not object", () => { function F() {} F.prototype = 1; return Object.getPrototypeOf(Reflect.construct(Int8Array, [], F)) === Int8Array.prototype; });
show("toStringTag", () => b[Symbol.toStringTag]);
