class Range { constructor(a, b) { this.a = a; this.b = b; } *[Symbol.iterator]() { for (let i = this.a; i < this.b; i++) yield i; } }
console.log([...new Range(1, 4)]);
const o = { [Symbol.iterator]: Array.prototype[Symbol.iterator], length: 2, 0: "x", 1: "y" };
console.log([...o]);
const arr = [1, 2, 3];
arr[Symbol.iterator] = function* () { yield "patched"; };
console.log([...arr], arr.length);
console.log(typeof Symbol.iterator, Symbol.iterator.toString(), Symbol.iterator.description);
const itProto = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
console.log(itProto[Symbol.iterator].call(5) === 5);
