// Function.prototype.toString returns the exact source slice for every function kind
function   decl ( a ,b ) { return a + b; }
const arrow = (x)  =>  x * 2;
const arrow2 = async y => { await y; };
const anon = function () {};
const obj = {
  method(a) { return a; },
  get prop() { return 1; },
  set prop(v) {},
  async am() {},
  *gen() { yield 1; },
  async *agen() {},
  ["comp" + "uted"](z) {},
  [Symbol.iterator]() {},
  123() {},
  "str key"() {},
};
class Klass extends Object { constructor() { super(); } static s() {} #p() {} get g() { return 0; } }
class Empty {}
const ce = class {};
async function af() {}
function* gf() {}
async function* agf() {}
const fns = [decl, arrow, arrow2, anon, obj.method, Object.getOwnPropertyDescriptor(obj, "prop").get,
  Object.getOwnPropertyDescriptor(obj, "prop").set, obj.am, obj.gen, obj.agen, obj.computed, obj[Symbol.iterator],
  obj[123], obj["str key"], Klass, Klass.s, Object.getOwnPropertyDescriptor(Klass.prototype, "g").get, Empty, ce, af, gf, agf];
for (const f of fns) console.log(JSON.stringify(f.name), "=>", f.toString());
// comments and whitespace retained
const withComments = function /* a */ named /* b */ (/* c */) /* d */ { /* e */ };
console.log(withComments.toString());
// unicode escapes in names kept verbatim
function \u0066oo() {}
console.log(foo.toString(), foo.name);
// builtins and bound functions
const nat = /^function \w*\(\) \{\s*\[native code\]\s*\}$/;
for (const f of [Math.max, Array.prototype.push, Object, Function.prototype, Symbol, parseInt, decl.bind(null), (() => 1).bind(), Klass.bind(), Object.getOwnPropertyDescriptor(Map.prototype, "size").get]) {
  console.log(f.name || "(empty)", nat.test(f.toString()) || /native code/.test(f.toString()));
}
console.log(Function.prototype.toString.call(class { static x = 1 }));
// non-callable receivers throw
for (const r of [{}, null, 1, "function(){}", new Proxy({}, {})]) {
  try { Function.prototype.toString.call(r); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
}
console.log(/native code/.test(Function.prototype.toString.call(new Proxy(function () {}, {}))));
console.log(String(decl) === decl.toString(), `${arrow}`, decl + "" === decl.toString());
