class Model {
  constructor(data) {
    Object.assign(this, data);
    return new Proxy(this, {
      get(t, k, r) { return k in t ? Reflect.get(t, k, r) : `<no ${String(k)}>`; },
    });
  }
  describe() { return `${this.name} (${this.kind})`; }
}
const m = new Model({ name: 'widget' });
console.log(m.describe(), m.name, m instanceof Model);
class Special extends Model { constructor() { super({ name: 'special', kind: 'sub' }); this.extra = 1; } }
const s = new Special();
console.log(s.describe(), s.extra, s.nothing);
// private fields are not reachable through a proxy
class Secret { #hidden = 42; read() { return this.#hidden; } }
const sec = new Secret();
console.log(sec.read());
try { new Proxy(sec, {}).read(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
// a proxy around a class constructor
const Traced = new Proxy(class Base { constructor(v) { this.v = v; } }, {
  construct(t, args, nt) { console.log('constructing', t.name, args, nt === Traced); return Reflect.construct(t, args, nt); },
  get(t, k, r) { if (k === 'prototype') console.log('prototype read'); return Reflect.get(t, k, r); },
});
const inst = new Traced(5);
console.log(inst.v, inst instanceof Traced);
