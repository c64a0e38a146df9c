// JSON.stringify: cycle detection errors, property order, integer keys, repeated (non-cyclic) refs
function err(f) { try { console.log(f()); } catch (e) { console.log(e.constructor.name + ": " + e.message.split("\n")[0]); } }
const a = {}; a.self = a;
err(() => JSON.stringify(a));
const arr = []; arr.push(arr);
err(() => JSON.stringify(arr));
const deep = { x: { y: {} } }; deep.x.y.back = deep;
err(() => JSON.stringify(deep));
// cycles through toJSON
const tj = { toJSON() { return tj; } };
err(() => JSON.stringify({ k: tj }));
// shared references are fine
const shared = { v: 1 };
err(() => JSON.stringify({ a: shared, b: shared, c: [shared, shared] }));
// after a cycle error, stringify still works
err(() => JSON.stringify({ ok: true }));
// cycle via replacer output
err(() => JSON.stringify({ a: 1 }, function (k, v) { return k === "a" ? this : v; }));
// property order: integer keys ascending, then strings in insertion order
const o = { b: 1, 2: "two", a: 2, 1: "one", "-1": "neg", "01": "lead", 4294967294: "max", 4294967295: "big" };
console.log(JSON.stringify(o));
// deleting and re-adding moves to end
const p = { x: 1, y: 2, z: 3 }; delete p.x; p.x = 4;
console.log(JSON.stringify(p));
// class instances own fields order
class C { b = 1; a = 2; constructor() { this.c = 3; } }
console.log(JSON.stringify(new C()));
// Object.assign and spread preserve order
console.log(JSON.stringify({ ...{ z: 1, 5: 5 }, a: 2, 3: 3 }));
// keys changed during iteration: deleted keys skipped? (Get returns undefined -> omitted)
const q = { a: 1, get b() { delete this.c; return 2; }, c: 3, d: 4 };
console.log(JSON.stringify(q));
// nested arrays of objects
console.log(JSON.stringify({ list: [{ id: 2, tags: ["x"] }, { id: 1, tags: [] }] }));
