const log = [];
const protoProxy = new Proxy({ inherited: 'yes' }, {
  get(t, k, r) { log.push('get ' + String(k)); return Reflect.get(t, k, r); },
  has(t, k) { log.push('has ' + String(k)); return Reflect.has(t, k); },
  set(t, k, v, r) { log.push('set ' + String(k)); return Reflect.set(t, k, v, r); },
});
const obj = Object.create(protoProxy);
obj.own = 1;
console.log(obj.own, obj.inherited, obj.missing);
console.log('own' in obj, 'inherited' in obj, 'missing' in obj);
obj.own = 2;
obj.fresh = 3;
console.log(Object.keys(obj), Object.keys(protoProxy));
console.log(log);
class Base {}
Object.setPrototypeOf(Base.prototype, new Proxy({}, { get(t, k) { return typeof k === 'string' ? 'dyn_' + k : undefined; } }));
const b = new Base();
console.log(b.anything, b.constructor === Base);
