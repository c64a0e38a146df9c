// With an empty handler every operation reaches the target unchanged.
const target = { a: 1, get g() { return this.a + 1; } };
const p = new Proxy(target, {});
p.b = 2;
console.log(target.b, p.g, Object.keys(p), 'a' in p, delete p.a, target.a);
Object.defineProperty(p, 'c', { value: 3, enumerable: true });
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(target, 'c')));
console.log(Object.getPrototypeOf(p) === Object.prototype, Object.isExtensible(p));
Object.preventExtensions(p);
console.log(Object.isExtensible(target));
console.log(p, [p], { p });
const f = new Proxy(function named(x) { return x * 2; }, {});
console.log(f(21), typeof f, f.name, f.length);
console.log(f);
console.log(Object.prototype.toString.call(new Proxy([], {})), Object.prototype.toString.call(new Proxy(function () {}, {})));
console.log(JSON.stringify(new Proxy({ x: [1, { y: 2 }] }, {})));
