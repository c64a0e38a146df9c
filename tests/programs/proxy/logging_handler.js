// A handler that logs every trap call, in order, then forwards to Reflect.
function show(v) {
  if (typeof v === 'symbol') return v.toString();
  if (typeof v === 'function') return 'fn';
  if (v && typeof v === 'object') return Array.isArray(v) ? '[array]' : '{obj}';
  return String(v);
}
function logger(name) {
  const h = {};
  for (const t of Object.getOwnPropertyNames(Reflect)) {
    h[t] = function (...args) {
      console.log(name + '.' + t + '(' + args.slice(1).map(show).join(', ') + ')');
      return Reflect[t](...args);
    };
  }
  return h;
}
const target = { a: 1, b: 2 };
const p = new Proxy(target, logger('p'));
console.log('get:', p.a);
p.c = 3;
console.log('has:', 'b' in p, 'zz' in p);
delete p.b;
console.log('keys:', Object.keys(p));
Object.defineProperty(p, 'd', { value: 4, enumerable: false });
console.log('gopd:', JSON.stringify(Object.getOwnPropertyDescriptor(p, 'd')));
console.log('proto:', Object.getPrototypeOf(p) === Object.prototype);
Object.setPrototypeOf(p, null);
console.log('ext:', Object.isExtensible(p));
Object.preventExtensions(p);
console.log('ext:', Object.isExtensible(p));
console.log(target);
