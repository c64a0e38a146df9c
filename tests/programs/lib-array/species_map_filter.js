// ArraySpeciesCreate through map / filter / slice / splice / concat / flat / flatMap
class MyArr extends Array {}
const m = MyArr.from([1, 2, 3, 4]);
for (const name of ["map", "filter", "flatMap"]) {
  const r = m[name](x => x % 2 ? [x] : x);
  console.log(name, r instanceof MyArr, r.constructor.name, r.length);
}
console.log(m.slice(1) instanceof MyArr, m.splice(0, 1) instanceof MyArr, m.concat([9]) instanceof MyArr, m.flat() instanceof MyArr);
const a = [1, 2, 3];
a.constructor = { [Symbol.species]: function (n) { this.args = [n]; } };
const r = a.map(x => x * 2);
console.log(Array.isArray(r), r.args, r[0], r[2], r.length);
const b = [1, 2, 3];
b.constructor = { [Symbol.species]: null };
console.log(Array.isArray(b.filter(x => x > 1)), b.filter(x => x > 1));
b.constructor = undefined;
console.log(b.slice(0, 2));
for (const bad of [1, "x", true]) {
  const c = [1]; c.constructor = bad;
  try { c.map(x => x); console.log("no error", typeof bad); } catch (e) { console.log(e.constructor.name, e.message); }
}
const d = [1]; d.constructor = { [Symbol.species]: 42 };
try { d.slice(); } catch (e) { console.log(e.constructor.name, e.message); }
const e = [1, 2];
e.constructor = { [Symbol.species]: function () { return Object.freeze({}); } };
try { e.map(x => x); } catch (err) { console.log(err.constructor.name); }
const notArr = { length: 2, 0: "a", 1: "b", constructor: { [Symbol.species]: function () { throw new Error("never"); } } };
console.log(Array.prototype.map.call(notArr, x => x + x));
console.log(Array.prototype.filter.call("abc", x => x !== "b"));
let seen = [];
const f = [1, 2, 3];
f.constructor = { get [Symbol.species]() { seen.push("species"); return undefined; } };
f.concat(4); f.slice(); f.splice(0, 0);
console.log(seen.length, seen[0]);
console.log(Array[Symbol.species] === Array, Object.getOwnPropertyDescriptor(Array, Symbol.species).get.name);
