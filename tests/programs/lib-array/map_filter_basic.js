// map / filter everyday usage with indices, objects and chaining
const people = [{ n: "ann", a: 31 }, { n: "bob", a: 17 }, { n: "cy", a: 45 }];
console.log(people.filter(p => p.a >= 18).map(p => p.n.toUpperCase()));
console.log(people.map((p, i, arr) => `${i}/${arr.length}:${p.n}`).join(" "));
console.log([1, 2, 3].map(String), ["1", "2", "3"].map(Number), ["1", "2", "3"].map(parseInt));
console.log([0, 1, "", null, "a", NaN, [], {}].filter(Boolean).length, [1, 2, 3, 4].filter((x, i) => i % 2));
console.log(Array.from({ length: 5 }, (_, i) => i).map(x => x * x).filter(x => x % 2 === 0).reduce((a, b) => a + b));
console.log([[1, 2], [3, 4]].map(([a, b]) => a * b), [..."abc"].map((c, i) => c.repeat(i + 1)));
console.log([3, 1, 2].map(x => [x]).sort(), [1, 2, 3].map(x => x > 1 ? undefined : x));
