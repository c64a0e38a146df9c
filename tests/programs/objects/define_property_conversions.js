// configurable data <-> accessor conversions keep enumerable/configurable
const o = {};
Object.defineProperty(o, 'p', { value: 1, writable: true, enumerable: true, configurable: true });
Object.defineProperty(o, 'p', { get() { return 'g'; } });
let d = Object.getOwnPropertyDescriptor(o, 'p');
console.log(d.enumerable, d.configurable, typeof d.get, d.set, o.p);
Object.defineProperty(o, 'p', { value: 2 });
d = Object.getOwnPropertyDescriptor(o, 'p');
console.log(JSON.stringify(d));
Object.defineProperty(o, 'p', { set(v) { console.log('set', v); } });
o.p = 3;
d = Object.getOwnPropertyDescriptor(o, 'p');
console.log(d.get, typeof d.set);
Object.defineProperty(o, 'p', { get() { return 'again'; } });
d = Object.getOwnPropertyDescriptor(o, 'p');
console.log(typeof d.get, typeof d.set, o.p);
// descriptor fields are read with [[Get]], including inherited ones
const proto = { enumerable: true, value: 'inherited' };
Object.defineProperty(o, 'q', Object.create(proto));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(o, 'q')));
// truthiness conversions
Object.defineProperty(o, 'r', { value: 1, writable: 'yes', enumerable: 0, configurable: {} });
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(o, 'r')));
// descriptor getters run in spec order
const order = [];
const desc = {};
for (const k of ['set', 'get', 'writable', 'value', 'configurable', 'enumerable'])
  Object.defineProperty(desc, k, { get() { order.push(k); return k === 'value' ? 1 : undefined; }, enumerable: true });
try { Object.defineProperty({}, 'x', desc); } catch (e) { console.log(e.message); }
console.log(order.join(','));
