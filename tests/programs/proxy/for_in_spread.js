function tracer(target) {
  return new Proxy(target, {
    ownKeys(t) { console.log('ownKeys'); return Reflect.ownKeys(t); },
    getOwnPropertyDescriptor(t, k) { console.log('gopd', String(k)); return Reflect.getOwnPropertyDescriptor(t, k); },
    getPrototypeOf(t) { console.log('getPrototypeOf'); return Reflect.getPrototypeOf(t); },
    get(t, k, r) { console.log('get', String(k)); return Reflect.get(t, k, r); },
    has(t, k) { console.log('has', String(k)); return Reflect.has(t, k); },
  });
}
const s = Symbol('sym');
const p = tracer({ a: 1, b: 2, [s]: 3 });
console.log('-- for-in');
for (const k in p) console.log('key', k);
console.log('-- spread');
const copy = { ...p };
console.log(Object.keys(copy).length);
console.log('-- Object.assign');
Object.assign({}, p);
console.log('-- rest');
const { a, ...rest } = p;
console.log(rest);
console.log('-- Object.entries');
Object.entries(p);
console.log('-- inherited for-in');
for (const k in Object.create(p)) console.log('key', k);
