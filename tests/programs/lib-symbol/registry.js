// Symbol.for / Symbol.keyFor: global registry, key coercion, well-known symbols are not registered
const a = Symbol.for("app");
console.log(a === Symbol.for("app"), a === Symbol("app"), a.description, Symbol.keyFor(a), typeof Symbol.keyFor(a));
// key is ToString'd
console.log(Symbol.for(1) === Symbol.for("1"), Symbol.for(undefined) === Symbol.for("undefined"), Symbol.for(null).description);
console.log(Symbol.for().description, Symbol.keyFor(Symbol.for()), Symbol.for({ toString() { return "obj"; } }) === Symbol.for("obj"));
console.log(Symbol.for("").description === "", Symbol.keyFor(Symbol.for("")) === "");
// key coercion calls toString once
let n = 0;
Symbol.for({ toString() { n++; return "counted"; } });
console.log("toString calls", n);
try { Symbol.for(Symbol("x")); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// keyFor only accepts symbols
for (const v of ["app", 1, undefined, {}, null]) {
  try { Symbol.keyFor(v); console.log("no throw"); } catch (e) { console.log(typeof v, e.constructor.name); }
}
// unregistered and well-known
console.log(Symbol.keyFor(Symbol("app")), Symbol.keyFor(Symbol.iterator), Symbol.keyFor(Symbol.asyncIterator));
console.log(Symbol.for("Symbol.iterator") === Symbol.iterator);
// registered symbols as keys
const o = { [Symbol.for("k")]: 1 };
console.log(o[Symbol.for("k")], Symbol.for("k") in o);
// keyFor returns the exact string
const weird = "\ud800 \u0000 emoji \ud83d\ude00";
console.log(Symbol.keyFor(Symbol.for(weird)) === weird, Symbol.for(weird).description.length);
// registered symbols cannot be WeakMap keys (node 20) / WeakRef targets
try { new WeakMap().set(Symbol.for("w"), 1); console.log("allowed"); } catch (e) { console.log(e.constructor.name); }
try { new WeakSet().add(Symbol.for("w")); console.log("allowed"); } catch (e) { console.log(e.constructor.name); }
// String(symbol)
console.log(String(Symbol.for("reg")), Symbol.for("reg").toString());
// description of registered symbol equals key
console.log(["a", "b c", "3"].every(k => Symbol.for(k).description === k));
// for/keyFor lengths and names
console.log(Symbol.for.length, Symbol.keyFor.length, Symbol.for.name, Symbol.keyFor.name);
// registry symbols are still primitives
console.log(typeof Symbol.for("t"), Object(Symbol.for("t")) instanceof Symbol, Object(Symbol.for("t")).valueOf() === Symbol.for("t"));
