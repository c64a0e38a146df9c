// Symbol.matchAll and split use SpeciesConstructor; flags and lastIndex are carried over
var log = [];
class Tracked extends RegExp {
  constructor(p, f) { log.push("ctor(" + (p instanceof RegExp ? "re:" + p.source : p) + "," + f + ")"); super(p, f); }
  static get [Symbol.species]() { log.push("species"); return Tracked; }
}
var t = new Tracked("\\d", "g");
log = [];
t.lastIndex = 2;
var it = "1a2b3".matchAll(t);
console.log(log.join(" | "));
console.log([...it].map(m => m[0] + "@" + m.index).join(), t.lastIndex);
log = [];
console.log(JSON.stringify("1a2".split(t)), log.join(" | "));
class NoSpecies extends RegExp { static get [Symbol.species]() { return undefined; } }
var ns = new NoSpecies("x", "g");
var it2 = ns[Symbol.matchAll]("xx");
console.log([...it2].length);
class BadSpecies extends RegExp { static get [Symbol.species]() { return 42; } }
try { new BadSpecies("x", "g")[Symbol.matchAll]("x"); } catch (e) { console.log(e.name); }
try { "x".split(new BadSpecies("x")); } catch (e) { console.log(e.name); }
// species returning a plain function that builds a RegExp-like object
function Like(p, f) { log.push("Like(" + f + ")"); return new RegExp(p, f); }
class UsesLike extends RegExp { static get [Symbol.species]() { return Like; } }
log = [];
console.log(JSON.stringify("a,b".split(new UsesLike(","))), log.join());
// non-global matchAll iterator stops after one result
var one = /a/;
var iter = RegExp.prototype[Symbol.matchAll].call(one, "aaa");
console.log(JSON.stringify([...iter].map(m => m.index)));
// the iterator's regexp is a clone: changing the original does not affect it
var orig = /o/g;
var it3 = orig[Symbol.matchAll]("ooo");
orig.lastIndex = 2;
it3.next();
console.log(orig.lastIndex, [...it3].length);
// flags read through the getter for the clone
var fl = /q/;
Object.defineProperty(fl, "flags", { value: "gi" });
console.log([..."qQ".matchAll(fl)].length);
// a user exec on the clone's prototype is used by the iterator
class Custom extends RegExp { exec(s) { var m = super.exec(s); if (m) m[0] = m[0].toUpperCase(); return m; } }
console.log([..."ab".matchAll(new Custom(".", "g"))].map(m => m[0]).join());
