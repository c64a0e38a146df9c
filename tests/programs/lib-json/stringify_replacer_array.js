// JSON.stringify with an array replacer (property list)
const obj = { b: 2, a: 1, c: 3, 1: "one", 10: "ten" };
console.log(JSON.stringify(obj, ["a", "b"]));
console.log(JSON.stringify(obj, ["c", "a", "zz"]));
// numbers converted to strings
console.log(JSON.stringify(obj, [1, 10]));
console.log(JSON.stringify(obj, [10, "1"]));
// duplicates removed, first occurrence wins
console.log(JSON.stringify(obj, ["a", "a", "b", "a"]));
console.log(JSON.stringify(obj, ["1", 1]));
// boxed strings and numbers included
console.log(JSON.stringify(obj, [new String("c"), new Number(1)]));
// other types ignored
console.log(JSON.stringify(obj, [true, null, undefined, {}, ["a"], Symbol("a"), "b"]));
// applies to nested objects too
console.log(JSON.stringify({ a: { a: 1, b: 2 }, b: [{ a: 3, c: 4 }] }, ["a", "b"]));
// does not filter array indices
console.log(JSON.stringify([{ x: 1, y: 2 }, 5], ["x"]));
// empty list
console.log(JSON.stringify({ a: 1, b: 2 }, []));
// replacer array with holes and getters
const rep = ["a", , "b"];
console.log(JSON.stringify({ a: 1, b: 2, undefined: 3 }, rep));
// array-like with getters: length read then elements in order
const log = [];
const pl = new Proxy(["b", "a"], {
  get(t, k) { log.push(String(k)); return t[k]; },
});
console.log(JSON.stringify({ a: 1, b: 2 }, pl));
console.log(log.join(","));
// property list selects inherited? no: uses Get on own or inherited
const proto = { inh: "yes" };
const child = Object.create(proto); child.own = 1;
console.log(JSON.stringify(child, ["inh", "own"]));
// non-enumerable selected through list
const ne = Object.defineProperty({}, "hidden", { value: "h", enumerable: false });
console.log(JSON.stringify(ne, ["hidden"]));
// getter invoked via list
const g = { get lazy() { log.push("lazy"); return "L"; } };
console.log(JSON.stringify(g, ["lazy"]), log[log.length - 1]);
// toJSON still used with property list
console.log(JSON.stringify({ d: { toJSON() { return { a: 1, z: 2 }; } } }, ["d", "a"]));
// Number keys like 1.5 and -0
console.log(JSON.stringify({ "1.5": "x", "0": "zero" }, [1.5, -0]));
// with indentation
console.log(JSON.stringify({ a: [1, { b: 2, c: 3 }], c: 0 }, ["a", "b"], 2));
