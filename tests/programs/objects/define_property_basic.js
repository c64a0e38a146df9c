const o = {};
Object.defineProperty(o, 'a', { value: 1 });
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(o, 'a')));
Object.defineProperty(o, 'b', { value: 2, writable: true, enumerable: true, configurable: true });
console.log(Object.keys(o), o.a, o.b);
o.a = 100;
console.log(o.a);
Object.defineProperty(o, 'c', { get() { return this.b * 10; }, set(v) { this.b = v; }, enumerable: true });
o.c = 5;
console.log(o.c, o.b, JSON.stringify(o));
const d = Object.getOwnPropertyDescriptor(o, 'c');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable, 'value' in d, 'writable' in d);
// defineProperty returns the object; keys are converted with ToPropertyKey
console.log(Object.defineProperty(o, 1.5, { value: 'x' }) === o, Object.getOwnPropertyNames(o));
const key = { toString() { return 'fromToString'; } };
Object.defineProperty(o, key, { value: 1, enumerable: true });
console.log(Object.keys(o));
// generic descriptor on a new property: all defaults false / undefined
Object.defineProperty(o, 'g', {});
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(o, 'g')), 'g' in o);
