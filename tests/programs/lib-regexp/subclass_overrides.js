// subclasses of RegExp overriding Symbol methods and getters
class Loud extends RegExp {
  [Symbol.replace](s, r) { return super[Symbol.replace](s, r).toUpperCase(); }
  [Symbol.split](s, lim) { return super[Symbol.split](s, lim).map(x => "<" + x + ">"); }
  [Symbol.match](s) { var m = super[Symbol.match](s); return m && m.map(x => x + "!"); }
  [Symbol.search](s) { return super[Symbol.search](s) * 10; }
  get flags() { return super.flags + ""; }
}
var l = new Loud("o", "g");
console.log("foo".replace(l, "0"), JSON.stringify("a-b".split(new Loud("-"))), JSON.stringify("oo".match(l)), "xo".search(l));
class Upper extends RegExp {
  constructor(p, f) { super(String(p).toUpperCase(), f); }
}
console.log(String(new Upper("abc", "i")), new Upper("x").test("X"));
class WithGlobal extends RegExp { get global() { return true; } }
var wg = new WithGlobal("a");
console.log(wg.flags, wg.global, wg.test("ba"), wg.lastIndex);
// (a subclass whose flags getter disagrees with global is left out: ES2024 @@match and
// @@replace read "flags", node 20 reads "global")
class Base extends RegExp { static get [Symbol.species]() { return RegExp; } }
var b = new Base("(\\d)", "g");
console.log([..."1a2".matchAll(b)].map(m => m.constructor.name + m[1]).join(), JSON.stringify("1a2".split(b)));
console.log(Object.getPrototypeOf(new Base("x")) === Base.prototype, new Base("x") instanceof RegExp);
class Counter extends RegExp {
  constructor(...a) { super(...a); this.count = 0; }
  exec(s) { this.count++; return super.exec(s); }
}
var c = new Counter("\\w+", "g");
"one two three".replace(c, w => w.length);
console.log(c.count);
var c2 = new Counter("x");
c2.test("x"); c2.test("y");
console.log(c2.count, c2.lastIndex);
console.log(JSON.stringify(Object.keys(c2)), Object.getOwnPropertyNames(c2).join());
