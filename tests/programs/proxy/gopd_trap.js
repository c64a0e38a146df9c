function attempt(label, target, result) {
  const p = new Proxy(target, { getOwnPropertyDescriptor() { return result; } });
  try { console.log(label, JSON.stringify(Object.getOwnPropertyDescriptor(p, 'x'))); }
  catch (e) { console.log(label, e.constructor.name + ': ' + e.message); }
}
attempt('plain', {}, { value: 1, configurable: true });
attempt('completed', { x: 5 }, { configurable: true });
attempt('undef-absent', {}, undefined);
attempt('not-object', {}, 42);
attempt('undef-nc', Object.defineProperty({}, 'x', { value: 1 }), undefined);
attempt('undef-ne', Object.preventExtensions({ x: 1 }), undefined);
attempt('nc-missing', {}, { value: 1, configurable: false });
attempt('nc-configurable', { x: 1 }, { value: 1, configurable: false });
attempt('incompatible', Object.defineProperty({}, 'x', { value: 1 }), { value: 2, configurable: true });
attempt('ne-new', Object.preventExtensions({}), { value: 2, configurable: true });
attempt('nc-nw', Object.defineProperty({}, 'x', { value: 1, writable: true }), { value: 1, writable: false, configurable: false });
attempt('accessor', {}, { get: function () { return 1; }, configurable: true });
// the descriptor object is read through ToPropertyDescriptor: getters run in order
const desc = {};
for (const k of ['enumerable', 'configurable', 'value', 'writable', 'get', 'set'])
  Object.defineProperty(desc, k, { get() { console.log('read', k); return k === 'configurable' ? true : undefined; }, enumerable: true });
try { Object.getOwnPropertyDescriptor(new Proxy({}, { getOwnPropertyDescriptor() { return desc; } }), 'x'); }
catch (e) { console.log(e.message); }
console.log(Object.prototype.propertyIsEnumerable.call(new Proxy({ e: 1 }, {}), 'e'));
console.log(Object.hasOwn(new Proxy({}, { getOwnPropertyDescriptor() { return { value: 1, configurable: true }; } }), 'any'));
