console.log({ alpha: "aaaaaaaaaa", beta: "bbbbbbbbbb", gamma: "cccccccccc", delta: "dddddddddd" });
console.log({ alpha: "aaaaaaaaaa", beta: "bbbbbbbbbb", gamma: "cccccccccc", delta: "dddddd" });
console.log({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12 });
console.log({ name: "widget", tags: ["a", "b", "c"], dims: { w: 10, h: 20, d: { unit: "cm" } } });
console.log([{ id: 1, name: "one" }, { id: 2, name: "two" }, { id: 3, name: "three" }]);
console.log({ longString: "x".repeat(100) });
console.log("top level strings are not quoted", 5, "x");
console.log({ nested: { deeper: { deepest: { tooDeep: { x: 1 } } } }, arr: [[[["deep"]]]] });
