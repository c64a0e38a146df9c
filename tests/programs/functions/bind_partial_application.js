// bind: partial application, bound this ignored by new, name/length, chained binds, toString
function greet(greeting, punct) { return `${greeting}, ${this.name}${punct}`; }
const hi = greet.bind({ name: 'Ann' }, 'Hi');
console.log(hi('!'), hi.call({ name: 'Bob' }, '?'), hi.apply(null, ['.']), hi.length, hi.name);
const twice = hi.bind({ name: 'ignored' }, '!!');
console.log(twice(), twice.length, twice.name);
function Person(first, last) { this.full = first + ' ' + last; }
const Smith = Person.bind({ ignored: true }, 'John');
const p = new Smith('Smith');
console.log(p.full, p instanceof Person, p instanceof Smith, Object.getPrototypeOf(p) === Person.prototype);
console.log(typeof Smith.prototype, Smith.toString());
const arrow = (a, b) => [this === undefined || this === globalThis || typeof this, a, b];
console.log(arrow.bind({ x: 1 }, 'a')('b')[1]);
const getX = function () { return this.x; };
const bx = getX.bind({ x: 'bound x' });
const holder = { x: 'holder x', bx };
console.log(holder.bx(), bx.bind({ x: 'rebound' })());
const sum = (...n) => n.reduce((a, b) => a + b, 0);
const add5 = sum.bind(null, 5);
console.log(add5(1, 2), add5.length, Object.getOwnPropertyNames(add5));
