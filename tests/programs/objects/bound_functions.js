function greet(greeting, punct) { return greeting + ', ' + this.name + punct; }
const bound = greet.bind({ name: 'Ada' }, 'Hello');
console.log(bound('!'), bound.name, bound.length, typeof bound);
console.log(greet.bind(null).length, greet.bind(null, 1, 2, 3).length, greet.bind().name);
const anon = (function () {}).bind();
console.log(JSON.stringify(anon.name));
console.log(Object.getOwnPropertyNames(bound), 'prototype' in bound);
function Point(x, y) { this.x = x; this.y = y; this.nt = new.target === Point; }
const Px = Point.bind(null, 10);
const p = new Px(20);
console.log(p, p instanceof Point, p instanceof Px);
class K { constructor(a) { this.a = a; this.t = new.target.name; } }
const BK = K.bind(null, 'bound-arg');
console.log(new BK(), Reflect.construct(BK, [], K).t);
const arrow = (() => 1).bind(null);
try { new arrow(); } catch (e) { console.log(e.constructor.name + ': ' + e.message.includes('not a constructor')); }
const twice = bound.bind({ name: 'ignored' });
console.log(twice('?'), twice.name);
const weird = function () {};
Object.defineProperty(weird, 'length', { value: -5 });
Object.defineProperty(weird, 'name', { value: 42 });
const bw = weird.bind();
console.log(bw.length, JSON.stringify(bw.name));
Object.defineProperty(weird, 'length', { value: Infinity });
console.log(weird.bind(null, 1).length);
console.log(Object.getPrototypeOf(bound) === Function.prototype, bound.toString());
