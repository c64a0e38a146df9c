// Function.prototype.bind: name and length computation, including getters on length/name
function f(a, b, c) { return [this === undefined ? "undef" : typeof this, a, b, c].join(","); }
const b1 = f.bind(null, 1);
console.log(b1.name, b1.length, b1(2, 3));
const b2 = b1.bind(null, 2);
console.log(b2.name, b2.length, b2(3));
console.log(f.bind(null, 1, 2, 3, 4, 5).length, f.bind().name, f.bind().length);
// length getter is consulted (HasOwnProperty then Get)
const log = [];
function g() {}
Object.defineProperty(g, "length", { get() { log.push("length"); return 7; } });
Object.defineProperty(g, "name", { get() { log.push("name"); return "custom"; } });
const bg = g.bind(null, 1, 2);
console.log(bg.name, bg.length, log.join(","));
// non-number lengths
for (const len of [-5, 2.7, -2.7, Infinity, -Infinity, NaN, "5", null, 2 ** 53, -0]) {
  const h = function () {};
  Object.defineProperty(h, "length", { value: len });
  const bh = h.bind(null, 1);
  console.log(String(len), bh.length, Object.is(bh.length, -0));
}
// deleted length -> 0
const nolen = function (a, b) {}; delete nolen.length;
console.log(nolen.bind().length, nolen.length);
// non-string names -> ""
for (const nm of [undefined, 5, Symbol("s"), null]) {
  const h = function () {}; Object.defineProperty(h, "name", { value: nm });
  console.log(JSON.stringify(h.bind().name));
}
const sy = { [Symbol("desc")]() {} };
console.log(sy[Object.getOwnPropertySymbols(sy)[0]].bind().name);
// bound function properties
const bd = Object.getOwnPropertyDescriptor(b1, "name"), bl = Object.getOwnPropertyDescriptor(b1, "length");
console.log(bd.writable, bd.enumerable, bd.configurable, bl.writable, bl.configurable, "prototype" in b1, Object.getPrototypeOf(b1) === Function.prototype);
// prototype of bound function follows target
const tgt = function () {}; Object.setPrototypeOf(tgt, null);
console.log(Object.getPrototypeOf(Function.prototype.bind.call(tgt)) === null);
// new on bound: this binding ignored, new.target is target
function Ctor(x) { this.x = x; this.nt = new.target === Ctor; }
const BC = Ctor.bind({ ignored: true }, 42);
const inst = new BC();
console.log(inst.x, inst.nt, inst instanceof BC, inst instanceof Ctor, BC.prototype);
try { new (() => 1).bind()(); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
class K { constructor(a) { this.a = a; } }
const BK = K.bind(null, "ka");
console.log(new BK().a, new BK() instanceof K);
try { BK(); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// bind on non-callable
for (const t of [{}, 1, null]) { try { Function.prototype.bind.call(t); } catch (e) { console.log(e.constructor.name + ": " + e.message); } }
// sloppy this boxing vs strict
function sloppy() { return typeof this; } function strict() { "use strict"; return this === null ? "null" : typeof this; }
console.log(sloppy.bind(5)(), strict.bind(5)(), sloppy.bind(null)() === "object", strict.bind(null)());
console.log(Function.prototype.bind.length, Function.prototype.bind.name);
