const o = { a: 1, get g() { return this.tag; }, set s(v) { this.stored = v; }, tag: 'o' };
console.log(Reflect.get(o, 'a'), Reflect.get(o, 'missing'), Reflect.get(o, 'g'), Reflect.get(o, 'g', { tag: 'receiver' }));
console.log(Reflect.get([5, 6], 1), Reflect.get([5, 6], 'length'), Reflect.get(new String('xy'), 0));
const recv = {};
console.log(Reflect.set(o, 's', 7, recv), recv.stored, o.stored);
console.log(Reflect.set(o, 'a', 2), o.a);
const target = {};
console.log(Reflect.set(target, 'viaRecv', 1, recv), target.viaRecv, recv.viaRecv);
// receiver with an existing read-only property
const ro = Object.defineProperty({}, 'k', { value: 'ro' });
console.log(Reflect.set({}, 'k', 1, ro), ro.k);
// receiver with an accessor: false
console.log(Reflect.set({}, 's', 1, { set s(v) { console.log('should not run'); } }));
// receiver not an object
console.log(Reflect.set({}, 'x', 1, 5));
// non-extensible receiver
console.log(Reflect.set({}, 'n', 1, Object.preventExtensions({})));
console.log(Reflect.set(Object.freeze({ f: 1 }), 'f', 2), Reflect.set([], 'length', -1 >>> 0 ? 2 : 0));
try { Reflect.set([], 'length', -1); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
// key conversion
console.log(Reflect.get({ '1': 'one' }, 1), Reflect.get({ 'null': 'n' }, null), Reflect.set(recv, { toString() { return 'conv'; } }, 3), recv.conv);
