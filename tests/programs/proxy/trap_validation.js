function attempt(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, e.constructor.name + ': ' + e.message); } }
attempt('non-object target', () => new Proxy(1, {}));
attempt('non-object handler', () => new Proxy({}, null));
attempt('call without new', () => Proxy({}, {}));
attempt('trap not callable', () => new Proxy({}, { get: 1 }).x);
attempt('trap object', () => new Proxy({}, { has: {} }), 'x');
attempt('trap string', () => 'x' in new Proxy({}, { has: 'yes' }));
attempt('trap null', () => new Proxy({ x: 1 }, { get: null }).x);
attempt('trap undefined', () => new Proxy({ x: 1 }, { get: undefined }).x);
// the handler is consulted at each operation
const handler = {};
const p = new Proxy({ v: 'target' }, handler);
console.log(p.v);
handler.get = () => 'trapped';
console.log(p.v);
delete handler.get;
console.log(p.v);
// the handler itself may be a proxy: trap lookups are observable
const meta = new Proxy({}, { get(t, k) { console.log('lookup trap', k); return undefined; } });
const q = new Proxy({ a: 1 }, meta);
q.a; q.b = 2; 'a' in q; Object.keys(q);
console.log(Proxy.length, Proxy.name, 'prototype' in Proxy, Object.getOwnPropertyNames(Proxy));
console.log(typeof Proxy.revocable, Proxy.revocable.length);
