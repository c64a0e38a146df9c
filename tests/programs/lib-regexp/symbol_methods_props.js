// property descriptors, names and lengths of the RegExp / String protocol methods
function desc(o, k) {
  var d = Object.getOwnPropertyDescriptor(o, k);
  return d ? [typeof d.value, d.writable, d.enumerable, d.configurable].join() : "none";
}
var syms = ["match", "matchAll", "replace", "search", "split"];
for (var s of syms) {
  var f = RegExp.prototype[Symbol[s]];
  console.log(s, f.name, f.length, desc(RegExp.prototype, Symbol[s]));
}
for (var m of ["exec", "test", "toString", "compile"]) {
  var g = RegExp.prototype[m];
  console.log(m, g.name, g.length, desc(RegExp.prototype, m));
}
for (var m of ["match", "matchAll", "replace", "replaceAll", "search", "split"]) {
  var h = String.prototype[m];
  console.log("String", m, h.name, h.length, desc(String.prototype, m));
}
var sp = Object.getOwnPropertyDescriptor(RegExp, Symbol.species);
console.log("species", sp.get.name, sp.set, sp.enumerable, sp.configurable);
var it = "a".matchAll(/a/g);
var itp = Object.getPrototypeOf(it);
console.log("iter next", itp.next.name, itp.next.length, desc(itp, "next"));
console.log("iter tag", JSON.stringify(Object.getOwnPropertyDescriptor(itp, Symbol.toStringTag)));
console.log("iter proto keys", Reflect.ownKeys(itp).map(String).join());
console.log("iter is iterable", it[Symbol.iterator]() === it);
console.log("ctor", RegExp.prototype.constructor === RegExp);
console.log("not constructors", ["exec", "test"].map(k => { try { new RegExp.prototype[k](); return "yes"; } catch (e) { return e.name; } }).join());
console.log("proto keys", Reflect.ownKeys(RegExp.prototype).map(String).sort().join());
console.log("static keys", Reflect.ownKeys(RegExp).filter(k => typeof k === "symbol" || !["length", "name", "prototype", "escape"].includes(k)).map(String).filter(k => !k.startsWith("$") && !["input", "lastMatch", "lastParen", "leftContext", "rightContext"].includes(k)).join());
console.log("typeof", typeof /a/, /a/ instanceof RegExp, Object.prototype.toString.call(/a/));
console.log("class name", /a/.constructor.name);
