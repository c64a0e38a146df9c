'use strict';
const log = [];
const p = new Proxy({}, {
  set(t, k, v, r) { log.push(`set ${String(k)}=${v}`); t[k] = v * 2; return true; }
});
p.a = 1; p['b'] = 2; p[3] = 3;
console.log(log, JSON.stringify(Object.assign({}, p)));
const ro = new Proxy({}, { set() { return false; } });
try { ro.x = 1; } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Reflect.set(ro, 'x', 1));
// setting on an object whose prototype is a proxy goes through the set trap
const base = new Proxy({}, { set(t, k, v, r) { console.log('proto set', k, r === obj); return Reflect.set(t, k, v, r); } });
const obj = Object.create(base);
obj.z = 5;
console.log(Object.keys(obj), obj.z, Object.keys(base));
// without a set trap the receiver gets the property via defineProperty
const watched = new Proxy({}, {
  defineProperty(t, k, d) { console.log('define', k, JSON.stringify(d)); return Reflect.defineProperty(t, k, d); },
  getOwnPropertyDescriptor(t, k) { console.log('gopd', k); return Reflect.getOwnPropertyDescriptor(t, k); }
});
watched.first = 1;
watched.first = 2;
console.log(watched.first);
