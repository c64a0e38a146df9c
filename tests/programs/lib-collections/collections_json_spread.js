// converting between Map/Set, arrays, objects and JSON
const m = new Map([["a", 1], ["b", 2]]);
console.log(Array.from(m), [...m.values()], Object.fromEntries(m), new Map(Object.entries({ c: 3 })));
console.log(JSON.stringify([...m]), JSON.stringify(Object.fromEntries(m)), new Map(JSON.parse('[["x",1]]')).get("x"));
console.log(Array.from(new Set([3, 2, 1])).sort(), Array.from(m, ([k, v]) => k + v), Math.max(...new Set([4, 9, 2])));
const [first, ...rest] = new Set(["p", "q", "r"]);
const [[k1, v1]] = m;
console.log(first, rest, k1, v1);
console.log(new Map([...m].map(([k, v]) => [v, k])), new Set([...new Set([1, 2]), ...new Set([2, 3])]));
console.log(new Map(new Map([[1, 2]])), new Set(new Set([5])), new Map(new Set([[7, 8]])).get(7));
