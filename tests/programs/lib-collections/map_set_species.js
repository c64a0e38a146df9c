// Symbol.species getters and subclassing of Map and Set
const d = Object.getOwnPropertyDescriptor(Map, Symbol.species);
console.log(typeof d.get, d.set, d.configurable, d.get.name, Map[Symbol.species] === Map, Set[Symbol.species] === Set);
class M2 extends Map { static get [Symbol.species]() { return Map; } }
console.log(M2[Symbol.species] === Map, new M2() instanceof M2);
console.log(d.get.call(42), d.get.call(undefined));
class Counted extends Set { add(v) { this.n = (this.n || 0) + 1; return super.add(v); } }
const c = new Counted([1, 1, 2]);
console.log(c.n, c.size, Object.prototype.toString.call(c), c);
class Tagged extends Map { get [Symbol.toStringTag]() { return "Tag"; } }
console.log(Object.prototype.toString.call(new Tagged()), String(new Tagged([[1, 2]])));
