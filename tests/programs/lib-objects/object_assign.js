// Object.assign: sources order, getters, symbols, primitives, null/undefined skipping
const log = console.log;
log(Object.assign({}, {a: 1}, {b: 2}, {a: 3}));
log(Object.assign({}, null, undefined, {x: 1}));
log(Object.assign({}, 'abc'));
log(Object.assign({}, [1, 2]));
log(Object.assign({}, 5, true, 10n));
const s = Symbol('s');
log(Object.assign({}, {[s]: 1, k: 2}));
const src = {get g() { log('getter called'); return 7; }};
const t = Object.assign({}, src);
log(Object.getOwnPropertyDescriptor(t, 'g'));
const hidden = Object.defineProperty({}, 'h', {value: 1, enumerable: false});
log(Object.assign({}, hidden));
try { Object.assign(null, {}); } catch (e) { log(e.constructor.name, e.message); }
try { Object.assign(Object.freeze({a: 1}), {a: 2}); } catch (e) { log(e.constructor.name, e.message); }
const target = {set x(v) { log('setter', v); }};
Object.assign(target, {x: 42});
log(Object.assign(1, {a: 1}) instanceof Number);
log(Object.assign.length, Object.assign.name);
const order = [];
const p = new Proxy({a: 1, b: 2}, {
  ownKeys(t) { order.push('ownKeys'); return Reflect.ownKeys(t); },
  getOwnPropertyDescriptor(t, k) { order.push('gopd ' + String(k)); return Reflect.getOwnPropertyDescriptor(t, k); },
  get(t, k) { order.push('get ' + String(k)); return Reflect.get(t, k); },
});
Object.assign({}, p);
log(order.join(', '));
const arr = Object.assign([1, 2, 3], [9]);
log(arr, arr.length);
log(Object.assign({}, {['__proto__']: 1}));
