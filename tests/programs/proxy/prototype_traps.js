const proto = { hello() { return 'hi'; } };
const p = new Proxy({}, {
  getPrototypeOf(t) { console.log('getPrototypeOf'); return proto; },
  setPrototypeOf(t, v) { console.log('setPrototypeOf', v === null ? 'null' : typeof v); return Reflect.setPrototypeOf(t, v); }
});
console.log(Object.getPrototypeOf(p) === proto);
console.log(proto.isPrototypeOf(p));
console.log(p instanceof Object);
console.log(Reflect.getPrototypeOf(p) === proto);
console.log(p.__proto__ === proto);
Object.setPrototypeOf(p, null);
console.log(Reflect.setPrototypeOf(p, Array.prototype));
function attempt(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, e.constructor.name + ': ' + e.message); } }
attempt('bad-result', () => Object.getPrototypeOf(new Proxy({}, { getPrototypeOf() { return 5; } })));
attempt('ne-lie', () => Object.getPrototypeOf(new Proxy(Object.preventExtensions({}), { getPrototypeOf() { return Array.prototype; } })));
attempt('ne-truth', () => Object.getPrototypeOf(new Proxy(Object.preventExtensions({}), { getPrototypeOf() { return Object.prototype; } })) === Object.prototype);
attempt('set-false', () => Object.setPrototypeOf(new Proxy({}, { setPrototypeOf() { return false; } }), null));
attempt('reflect-false', () => Reflect.setPrototypeOf(new Proxy({}, { setPrototypeOf() { return false; } }), null));
attempt('ne-set', () => Object.setPrototypeOf(new Proxy(Object.preventExtensions({}), { setPrototypeOf() { return true; } }), null));
attempt('cycle-through-proxy', () => { const a = {}; const pa = new Proxy(a, {}); return Reflect.setPrototypeOf(a, Object.create(pa)); });
