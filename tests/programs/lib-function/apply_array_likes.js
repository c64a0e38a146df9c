// Function.prototype.apply/call: argument list from array-likes, holes, getters, primitives
function args() { return Array.prototype.map.call(arguments, x => x === undefined ? "u" : String(x)).join(",") + " n=" + arguments.length; }
console.log(args.apply(null, [1, , 3]));
console.log(args.apply(null, { length: 3, 0: "a", 2: "c" }));
console.log(args.apply(null, { length: "2", 0: "x", 1: "y", 2: "z" }));
console.log(args.apply(null, { length: -1, 0: "neg" }));
console.log(args.apply(null, { length: 2.9, 0: 1, 1: 2 }));
console.log(args.apply(null, { 0: "nolength" }));
console.log(args.apply(null, new Uint8Array([7, 8])));
console.log(args.apply(null, new String("no")));
console.log(args.apply(null, undefined), args.apply(null, null), args.apply(null));
for (const bad of [1, "str", true, Symbol()]) {
  try { args.apply(null, bad); } catch (e) { console.log(typeof bad, e.constructor.name + ": " + e.message); }
}
// getter order on the array-like
const log = [];
const al = new Proxy({ length: 2, 0: "p0", 1: "p1" }, { get(t, k) { log.push(String(k)); return t[k]; } });
console.log(args.apply(null, al), log.join(","));
// arguments object and function as array-like
(function () { console.log(args.apply(null, arguments)); })("A", "B");
function threeParams(a, b, c) {} threeParams[0] = "fn0";
console.log(args.apply(null, threeParams));
// this on primitives: sloppy boxes, strict does not
function sloppy() { return typeof this + ":" + (this instanceof Object) + ":" + String(this === globalThis); }
function strict() { "use strict"; return typeof this + ":" + String(this); }
for (const t of [5, "s", true, null, undefined, 1n, Symbol.iterator]) {
  console.log(sloppy.call(t), strict.call(t === Symbol.iterator ? "sym" : t));
}
console.log(strict.call(Symbol.iterator).startsWith("symbol"));
// call with no args / many args
console.log(args.call(), args.call(null, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
// call/apply on non-callable
try { Function.prototype.call.call({}); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
try { Function.prototype.apply.call(1, null, []); } catch (e) { console.log(e.constructor.name); }
// apply forwarding this through bound function
const bound = strict.bind("B");
console.log(bound.apply("ignored"), bound.call(null));
// Reflect.apply requires array-like object
try { Reflect.apply(args, null); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
console.log(Reflect.apply(args, null, { length: 1, 0: "r" }));
console.log(Math.max.apply(null, [3, 9, 2]), Math.max.apply(null, []), String.fromCharCode.apply(null, { length: 3, 0: 72, 1: 105, 2: 33 }));
console.log(Function.prototype.apply.length, Function.prototype.call.length, Function.prototype.apply.name);
// calling call via apply
console.log(Function.prototype.call.apply(strict, ["viaApply", 1]));
