const order = [];
const key = { toString() { order.push('key'); return 'k'; } };
const desc = { get value() { order.push('desc.value'); return 1; }, get enumerable() { order.push('desc.enumerable'); return true; } };
Reflect.defineProperty({}, key, desc);
console.log(order.join(','));
order.length = 0;
try { Reflect.defineProperty(1, key, desc); } catch (e) { console.log(e.message, order.length); }
console.log(Reflect.get({ undefined: 'u' }), Reflect.has({ undefined: 1 }), Reflect.get({ 'Symbol()': 0 }, Symbol()));
const sym = Symbol('viaPrimitive');
const o = { [sym]: 'found' };
console.log(Reflect.get(o, { [Symbol.toPrimitive]() { return sym; } }));
console.log(Reflect.set({}, 1.5, 'x'), Reflect.ownKeys(Object.fromEntries([[1.5, 1]])));
try { Reflect.get({}, { toString() { throw new Error('boom'); } }); } catch (e) { console.log(e.message); }
