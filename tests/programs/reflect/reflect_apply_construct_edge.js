function show() { return `${typeof this}:${arguments.length}`; }
console.log(Reflect.apply(show, null, []), Reflect.apply(show, 'x', [1, , 3]));
const sparse = [1, , 3];
console.log(Reflect.apply((...a) => a.map(x => x === undefined ? 'u' : x).join(), null, sparse));
console.log(Reflect.apply(Array.prototype.join, [1, 2], ['-']));
class Counter { constructor() { Counter.count = (Counter.count || 0) + 1; } }
for (let i = 0; i < 3; i++) Reflect.construct(Counter, []);
console.log(Counter.count);
function Legacy(a, b) { this.sum = a + b; }
console.log(Reflect.construct(Legacy, [1, 2]).sum);
const BoundLegacy = Legacy.bind(null, 10);
console.log(Reflect.construct(BoundLegacy, [5]).sum, Reflect.construct(BoundLegacy, [5], Legacy) instanceof Legacy);
function returnsObject() { return { replaced: true }; }
console.log(Reflect.construct(returnsObject, []));
class Base { constructor() { this.proto = Object.getPrototypeOf(this) === Other.prototype; } }
class Other {}
console.log(Reflect.construct(Base, [], Other));
