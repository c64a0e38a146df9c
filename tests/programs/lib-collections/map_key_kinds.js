// every kind of key in a Map and Set: primitives, boxed values, functions, symbols
const sym = Symbol("s");
const fn = () => 1;
const keys = [undefined, null, true, false, 0, -0, 1, "1", NaN, Infinity, 1n, 0n, sym, fn, [], {}, new Number(1), new String("1")];
const m = new Map(keys.map((k, i) => [k, i]));
console.log(m.size, m.get(0), m.get(-0), m.get(1n), m.get(sym), m.get(fn), m.get(NaN), m.get(new Number(1)));
const s = new Set(keys);
console.log(s.size, s.has(0n), s.has(false), s.has(null), s.has(undefined), s.has("1"), s.has(Infinity));
console.log([...m.keys()].map(k => typeof k).join(","));
console.log(new Map([[1n, "a"], [1, "b"]]).size, new Set(["", 0, false, null, undefined, NaN]).size);
console.log(m.get(Object(sym)), new Set([Object(1n)]).has(1n), new Map([[[1], 1]]).get([1]));
