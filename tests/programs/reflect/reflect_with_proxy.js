// Reflect is the natural forwarding target for every trap
const log = [];
const handler = new Proxy({}, {
  get(_, trap) {
    return (...args) => { log.push(trap); return Reflect[trap](...args); };
  }
});
const p = new Proxy({ a: 1 }, handler);
p.a; p.b = 2; 'a' in p; delete p.b; Object.keys(p);
Object.getPrototypeOf(p); Object.isExtensible(p); Object.getOwnPropertyDescriptor(p, 'a');
Object.defineProperty(p, 'c', { value: 3 }); Object.setPrototypeOf(p, {}); Object.preventExtensions(p);
console.log(log.join(' '));
const fp = new Proxy(function (x) { return x + 1; }, handler);
log.length = 0;
fp(1); new fp(2);
console.log(log.join(' '));
// Reflect.get through a proxy passes the receiver to the get trap
const r = new Proxy({}, { get(t, k, receiver) { return receiver === marker; } });
const marker = {};
console.log(Reflect.get(r, 'x', marker), Reflect.get(r, 'x'));
