function sum(a, b) { return a + b; }
const p = new Proxy(sum, {
  apply(target, thisArg, args) {
    console.log('apply', thisArg === undefined ? 'undefined' : typeof thisArg, args, Array.isArray(args));
    return target(...args) * 10;
  }
});
console.log(p(1, 2), p.call({}, 3, 4), p.apply(null, [5, 6]), Reflect.apply(p, 1, [7, 8]));
console.log(typeof p, p.length, p.name);
class Point { constructor(x, y) { this.x = x; this.y = y; } }
const P = new Proxy(Point, {
  construct(target, args, newTarget) {
    console.log('construct', args, newTarget === P);
    return new target(...args.map(a => a * 2));
  }
});
const pt = new P(1, 2);
console.log(pt, pt instanceof Point);
class Sub extends P { constructor() { super(5, 6); this.sub = true; } }
console.log(new Sub());
console.log(Reflect.construct(P, [3, 4]));
function attempt(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, e.constructor.name + ': ' + e.message); } }
attempt('non-object', () => new (new Proxy(function () {}, { construct() { return 1; } }))());
attempt('arrow', () => new (new Proxy(() => 1, {}))());
attempt('plain-object-call', () => new Proxy({}, {})());
attempt('no-traps', () => new (new Proxy(Point, {}))(1, 2));
attempt('arrow-call', () => new Proxy(() => 'arrow', {})());
const bound = new Proxy(sum, {}).bind(null, 100);
console.log(bound(1), bound.name);
