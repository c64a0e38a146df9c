// Map: SameValueZero keys, insertion order, live iteration, size, chaining
const m = new Map([[1, "a"], ["1", "b"], [NaN, "nan"], [-0, "zero"]]);
console.log(m.size, m.get(1), m.get("1"), m.get(NaN), m.get(0), m.get(+0), m.has(-0), [...m.keys()]);
console.log(m.set(true, 1) === m, m.get(true), m.get(1n), m.set(1n, "big").get(1n), m.size);
const k = {};
m.set(k, "obj"); console.log(m.get(k), m.get({}), m.delete(k), m.delete(k), m.has(k));
m.set(1, "again"); console.log([...m.keys()].map(String).join(), m.get(1));
const order = [];
const live = new Map([[1, 1], [2, 2], [3, 3]]);
for (const [key] of live) { order.push(key); if (key === 1) { live.delete(2); live.set(4, 4); } }
console.log(order.join());
const cleared = new Map([[1, 1], [2, 2]]);
const it = cleared.entries(); it.next(); cleared.clear(); cleared.set(9, 9);
console.log(it.next(), cleared.size);
console.log(new Map().get("x"), new Map(null).size, new Map(undefined).size, new Map([]).size);
const fe = [];
new Map([["a", 1], ["b", 2]]).forEach(function (v, key, map) { fe.push(`${key}=${v}:${this.t}:${map.size}`); }, { t: "T" });
console.log(fe.join(" "));
console.log(m.entries().toString(), Object.prototype.toString.call(m), String(new Map));
console.log(Map.prototype[Symbol.iterator] === Map.prototype.entries, Map.length, Map.name, Map.prototype.set.length);
const desc = Object.getOwnPropertyDescriptor(Map.prototype, "size");
console.log(typeof desc.get, desc.set, desc.enumerable, desc.configurable, desc.get.name);
console.log(new Map([[1, { a: [1, 2] }], ["s", new Map([[2, 3]])]]));
