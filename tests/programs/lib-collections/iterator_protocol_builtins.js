// the built-in iterators share %IteratorPrototype%; next() results are fresh objects
const protos = [[][Symbol.iterator](), new Map().keys(), new Set().values(), ""[Symbol.iterator](), (function* () {})()]
  .map(it => Object.getPrototypeOf(Object.getPrototypeOf(it)));
console.log(protos.every(p => p === protos[0] || Object.getPrototypeOf(p) === protos[0]));
const IterProto = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
console.log(typeof IterProto[Symbol.iterator], IterProto[Symbol.iterator].call(5) === 5);
const it = new Set([1]).values();
const r1 = it.next(), r2 = it.next(), r3 = it.next();
console.log(r1 !== r2, r2 !== r3, Object.keys(r1), JSON.stringify([r1, r2, r3]));
console.log(Object.getOwnPropertyDescriptor(r1, "value"));
const custom = { from: 1, to: 3, [Symbol.iterator]() { let c = this.from, t = this.to; return { next: () => c <= t ? { value: c++, done: false } : { value: undefined, done: true } }; } };
console.log([...custom], Array.from(custom, x => x * x), new Set(custom).size, Math.min(...custom));
const m = new Map([["a", 1]]);
const entry = m.entries().next().value;
entry[0] = "changed";
console.log(m.has("a"), entry);
console.log(typeof [].entries().next, [].keys()[Symbol.toStringTag], new Map().entries()[Symbol.toStringTag], new Set().entries()[Symbol.toStringTag]);
