console.log(String.raw`a\nb${1}\t`, String.fromCodePoint(128512, 65).length);
const arr = [3, 1, 2];
console.log(arr.toSorted(), arr.toReversed(), arr.with(0, 9), arr.toSpliced(1, 1, "x", "y"), arr);
const sym = Symbol("s");
const o = { a: 1, [sym]: 2 };
console.log(Object.getOwnPropertySymbols(o), Reflect.ownKeys(o), Reflect.has(o, "a"), Reflect.get(o, sym));
class P { constructor(x) { this.x = x; } }
console.log(Reflect.construct(P, [5]), Reflect.apply(Math.max, null, [1, 7, 3]), Reflect.getPrototypeOf([]) === Array.prototype);
console.group("Group A");
console.log("inside A");
console.group();
console.log({ nested: [1, 2] }, "multi\nline");
console.groupEnd();
console.log("back in A");
console.groupEnd();
console.log("top");
console.count(); console.count("x"); console.count(); console.countReset(); console.count();
console.dir({ deep: { a: { b: { c: {} } } } });
console.assert(1 === 1, "not printed");
