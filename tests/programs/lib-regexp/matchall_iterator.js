// the RegExp String Iterator object: protocol details, laziness, reuse
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
var it = "a1b2c3".matchAll(/\d/g);
show("typeof next", () => typeof it.next);
show("has own props", () => Object.getOwnPropertyNames(it).length);
show("first", () => JSON.stringify(it.next()));
show("second value index", () => it.next().value.index);
show("for-of rest", () => { var out = []; for (var m of it) out.push(m[0]); return out.join(); });
show("after done", () => JSON.stringify(it.next()));
show("still done", () => it.next().done);
var log = [];
var lazy = "aaa".matchAll({ [Symbol.matchAll]: undefined, [Symbol.match]: true, flags: "g", toString() { log.push("toString"); return "a"; } });
show("pattern object as string", () => [[...lazy].length, log.join()]);
var r = /x/g;
var it2 = "xxx".matchAll(r);
var first = it2.next().value;
r.lastIndex = 0;
show("independent of original", () => [first.index, it2.next().value.index]);
show("destructure", () => { var [[a], [b]] = "p1q2".matchAll(/\d/g); return a + b; });
show("Array.from with map", () => Array.from("x1y22".matchAll(/\d+/g), m => m[0] * 2).join());
show("spread twice", () => { var i = "ab".matchAll(/./g); return [[...i].length, [...i].length].join(); });
show("non-global via symbol", () => [...RegExp.prototype[Symbol.matchAll].call(/./, "ab")].length);
show("sticky global", () => [..."aab".matchAll(/a/gy)].length);
show("unicode empty", () => [..."\u{1F600}\u{1F600}".matchAll(/(?:)/gu)].map(m => m.index).join());
show("proto toStringTag", () => String(it));
show("iterator helpers absent/present", () => typeof Object.getPrototypeOf(Object.getPrototypeOf(it))[Symbol.iterator]);
