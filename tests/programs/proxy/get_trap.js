const p = new Proxy({}, {
  get(target, key, receiver) {
    if (typeof key === 'symbol') return undefined;
    return 'prop:' + key + (receiver === p ? ' (receiver=proxy)' : '');
  }
});
console.log(p.foo, p[42], p['with space']);
const child = Object.create(p);
console.log(child.bar.startsWith('prop:bar'), child.bar === 'prop:bar');
child.own = 'mine';
console.log(child.own);
// defaults: no trap forwards to the target
const q = new Proxy({ x: 10 }, {});
console.log(q.x, q.y, 'x' in q);
// get with a getter on the target sees the receiver
const t = { get who() { return this === r ? 'proxy' : this === t ? 'target' : 'other'; } };
const r = new Proxy(t, {});
console.log(r.who, Reflect.get(t, 'who', r), Reflect.get(r, 'who', {}));
// numeric keys arrive as strings
new Proxy({}, { get(t, k) { console.log(typeof k, k); } })[1.5];
new Proxy({}, { get(t, k) { console.log(typeof k, String(k)); } })[Symbol.iterator];
