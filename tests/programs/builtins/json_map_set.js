console.log(JSON.stringify({ a: 1, b: [1, "two", null, undefined, () => 1], c: { d: true }, e: undefined }));
console.log(JSON.stringify([1, { x: 2 }], null, 2));
console.log(JSON.stringify({ a: [], b: {}, c: [[]] }, null, "--"));
console.log(JSON.stringify("he said \"hi\"\n\t\u0001"), JSON.stringify(NaN), JSON.stringify(-0), JSON.stringify(undefined));
console.log(JSON.stringify({ date: { toJSON() { return "custom"; } } }), JSON.stringify({ a: 1, b: 2, c: 3 }, ["a", "c"]));
console.log(JSON.stringify({ a: 1, b: "x" }, (k, v) => typeof v === "number" ? v * 10 : v));
const circ = { name: "c" }; circ.self = circ;
try { JSON.stringify(circ); } catch (e) { console.log(e.name, e.message); }
const deep = { a: { b: { c: {} } } }; deep.a.b.c.back = deep.a;
try { JSON.stringify(deep); } catch (e) { console.log(e.message); }
try { JSON.stringify({ n: 1n }); } catch (e) { console.log(e.message); }
console.log(JSON.parse('{"a":[1,2,{"b":null}],"c":"\\u0041\\n","d":-1.5e2}'));
console.log(JSON.parse("[1, 2, 3]", (k, v) => typeof v === "number" ? v + 1 : v));
for (const bad of ["", "{", "[1,]", '{"a":1,}', "[1 2]", '{"a" 1}', '{"a":1 "b"}', "1 2", "-", "1.", "1e", '"abc', '"\\x"', "tru", "{'a':1}"]) {
  try { JSON.parse(bad); console.log("parsed", bad); } catch (e) { console.log(JSON.stringify(bad), e.name, e.message); }
}
const m = new Map([["a", 1], [{ k: 1 }, [1, 2]], [NaN, "nan"]]);
m.set(-0, "zero");
console.log(m, m.size, m.get(NaN), m.get(0), m.has("a"), [...m.keys()], [...m.values()].length);
const s = new Set([1, 2, 2, 3, "3", NaN, NaN]);
s.delete(2);
console.log(s, s.size, s.has(NaN), [...s], new Set(), new Map());
for (const [k, v] of new Map([[1, "one"], [2, "two"]])) console.log(k, v);
const live = new Set([1, 2, 3]);
for (const x of live) { if (x === 1) { live.delete(2); live.add(4); } console.log("live", x); }
console.log({ nested: new Map([["inner", new Set([1])]]) }, [new Map([[1, { a: { b: { c: 1 } } }]])]);
const counts = new Map();
for (const w of "a b a c b a".split(" ")) counts.set(w, (counts.get(w) || 0) + 1);
console.log([...counts].sort((x, y) => y[1] - x[1]), Object.fromEntries ? "has" : "no");
m.forEach((v, k) => console.log("each", k, v));
console.log(JSON.stringify([new Map(), new Set([1])]), JSON.stringify({ s: Symbol("x"), f() {} }));
