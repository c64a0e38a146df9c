// JSON.stringify of special values: -0, NaN, Infinity, undefined/functions/symbols, BigInt, boxed
console.log(JSON.stringify(-0), JSON.stringify([-0, 0]), JSON.stringify({ z: -0 }));
console.log(JSON.stringify(NaN), JSON.stringify(Infinity), JSON.stringify([NaN, -Infinity, 1e21, 1e-7]));
console.log(JSON.stringify(undefined), JSON.stringify(function () {}), JSON.stringify(Symbol("s")));
console.log(JSON.stringify({ u: undefined, f() {}, s: Symbol("x"), n: null, k: 1 }));
console.log(JSON.stringify([undefined, function () {}, Symbol("x"), null]));
// symbol keys always skipped
console.log(JSON.stringify({ [Symbol("k")]: 1, a: 2 }));
// BigInt
for (const v of [1n, [1n], { a: 0n }, Object(2n)]) {
  try { JSON.stringify(v); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
}
// boxed primitives unwrapped
console.log(JSON.stringify([new Number(5), new String("s"), new Boolean(false), Object(Symbol("q"))]));
console.log(JSON.stringify(new Boolean(true)), JSON.stringify(new String("x")));
// boxed Number uses ToNumber, boxed String uses ToString
const n = new Number(1); n.valueOf = () => 42; n.toString = () => "nope";
const s = new String("a"); s.toString = () => "changed"; s.valueOf = () => "nope";
console.log(JSON.stringify([n, s]));
// boxed Boolean uses internal slot
const b = new Boolean(false); b.valueOf = () => true;
console.log(JSON.stringify(b));
// number formatting
console.log(JSON.stringify([0.1, 100, 1e100, 123456789012345680000, 5e-324, -1.5]));
// nested empty
console.log(JSON.stringify([[], {}, [{}], { a: [] }]));
// arrays with holes -> null
console.log(JSON.stringify([1, , 3]), JSON.stringify(new Array(3)));
// array extra properties ignored
const arr = [1, 2]; arr.extra = 3;
console.log(JSON.stringify(arr));
// non-enumerable and inherited properties ignored
const o = Object.create({ inherited: 1 });
Object.defineProperty(o, "hidden", { value: 2, enumerable: false });
o.shown = 3;
console.log(JSON.stringify(o));
// Map/Set/RegExp/Error serialize as plain objects
console.log(JSON.stringify([new Map([[1, 2]]), new Set([1]), /re/g, new Error("m")]));
// typed arrays are objects with index keys
console.log(JSON.stringify(new Uint8Array([1, 2])));
// getters invoked
console.log(JSON.stringify({ get g() { return "gotten"; } }));
// arguments object
(function () { console.log(JSON.stringify(arguments)); })(1, "a");
// Proxy of array is serialized as array
console.log(JSON.stringify(new Proxy([1, 2], {})), JSON.stringify(new Proxy({ a: 1 }, {})));
