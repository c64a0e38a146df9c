// in: own/inherited keys, conversions of the key, errors for primitives
const o = { a: 1, 1: 'one', [Symbol.iterator]: 0 };
console.log('a' in o, 'b' in o, 1 in o, '1' in o, 1.0 in o, Symbol.iterator in o, 'toString' in o);
console.log('length' in [], 0 in [1], 0 in [, 1], 1 in [, 1]);
console.log('x' in Object.create({ x: undefined }), 'constructor' in Object.create(null));
const k = { toString() { console.log('key toString'); return 'a'; } };
console.log(k in o);
const ks = { [Symbol.toPrimitive]() { return Symbol.iterator; } };
console.log(ks in o);
for (const v of [1, 'str', true, null, undefined, 1n, Symbol('s')]) {
  try { 'a' in v; } catch (e) { console.log(e.constructor.name, e.message); }
}
try { ({}) in 5; } catch (e) { console.log(e.message); }
try { [1, 2] in 5; } catch (e) { console.log(e.message); }
try { 1.5 in 5; } catch (e) { console.log(e.message); }
const order = [];
try { (order.push('L'), 'x') in (order.push('R'), 0); } catch (e) { console.log(order.join(''), e.message); }
class C { #p = 1; static has(x) { return #p in x; } }
console.log(C.has(new C()), C.has({}));
try { C.has(1); } catch (e) { console.log(e.constructor.name, e.message); }
function F() {}
F.prototype.q = 1;
console.log('q' in new F(), 'prototype' in F, 'name' in F, 'caller' in F);
