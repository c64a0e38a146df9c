const handler = {
  get(target, key, receiver) {
    console.log('this is handler:', this === handler, 'target ok:', target === t, 'receiver is proxy:', receiver === p);
    return Reflect.get(...arguments);
  },
  set(target, key, value, receiver) {
    console.log('set args', arguments.length, key, value, receiver === p);
    return Reflect.set(...arguments);
  },
  defineProperty(target, key, desc) {
    console.log('define args', arguments.length, key, Object.getPrototypeOf(desc) === Object.prototype, JSON.stringify(desc));
    return Reflect.defineProperty(...arguments);
  },
  has(target, key) { console.log('has args', arguments.length, typeof key); return key in target; },
};
const t = { x: 1 };
const p = new Proxy(t, handler);
p.x;
p.y = 2;
Object.defineProperty(p, 'z', { value: 3, enumerable: true });
'x' in p;
Symbol.iterator in p;
