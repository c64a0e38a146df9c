// the RegExp constructor: pattern from RegExp objects, IsRegExp, flags, new.target
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
var re = /ab/gi;
show("copy", () => String(new RegExp(re)));
show("copy distinct", () => new RegExp(re) !== re);
show("call same", () => RegExp(re) === re);
show("call with flags", () => RegExp(re, "m") === re);
show("override flags", () => String(new RegExp(re, "y")));
show("empty flags", () => String(new RegExp(re, "")));
show("string pattern", () => String(new RegExp("a+b", "g")));
show("undefined pattern", () => String(new RegExp(undefined)));
show("no args", () => String(new RegExp()));
show("null pattern", () => String(new RegExp(null)));
show("number pattern", () => String(new RegExp(12)));
show("object pattern", () => String(new RegExp({ toString() { return "x|y"; } })));
show("undefined flags", () => String(new RegExp("a", undefined)));
show("bad flags", () => new RegExp("a", "gg"));
show("bad flag char", () => new RegExp("a", "x"));
show("uv", () => new RegExp("a", "uv"));
show("bad pattern", () => new RegExp("("));
show("bad pattern flags", () => new RegExp("[", "g"));
show("bad unicode", () => new RegExp("\\u{110000}", "u"));
show("nothing to repeat", () => new RegExp("*"));
show("lone bracket u", () => new RegExp("]", "u"));
show("lone bracket", () => String(new RegExp("]")));
show("invalid group", () => new RegExp("(?<a"));
show("dup group", () => new RegExp("(?<a>x)(?<a>y)"));
show("flags toString order", () => String(new RegExp("a", { toString() { return "yg"; } })));
show("symbol pattern", () => new RegExp(Symbol()));
var order = [];
var like = { [Symbol.match]: true, get source() { order.push("source"); return "q"; }, get flags() { order.push("flags"); return "g"; }, constructor: RegExp };
show("regexp-like", () => String(new RegExp(like)));
show("regexp-like order", () => order.join());
show("regexp-like call same ctor", () => RegExp(like) === like);
show("regexp-like flags given", () => { order = []; var r = new RegExp(like, "i"); return String(r) + " " + order.join(); });
var fake = /x/;
fake[Symbol.match] = false;
show("match false", () => RegExp(fake) === fake);
show("match false copy", () => String(RegExp(fake)));
var other = /x/;
other.constructor = Object;
show("different ctor", () => RegExp(other) === other);
class Sub extends RegExp {
  constructor(p, f) { super(p, f); this.tag = "sub"; }
}
var s = new Sub("a", "g");
show("subclass", () => [s instanceof Sub, s instanceof RegExp, s.tag, s.test("a"), String(s)]);
show("subclass exec", () => new Sub("(b)").exec("ab")[1]);
show("Reflect.construct", () => Object.getPrototypeOf(Reflect.construct(RegExp, ["a"], Sub)) === Sub.prototype);
function F() {}
F.prototype = null;
show("proto null new.target", () => Object.getPrototypeOf(Reflect.construct(RegExp, ["a"], F)) === RegExp.prototype);
show("length", () => RegExp.length);
show("name", () => RegExp.name);
show("species", () => RegExp[Symbol.species] === RegExp);
show("species desc", () => typeof Object.getOwnPropertyDescriptor(RegExp, Symbol.species).get);
show("prototype desc", () => JSON.stringify(Object.getOwnPropertyDescriptor(RegExp, "prototype")));
show("proto not regexp", () => Object.prototype.toString.call(RegExp.prototype));
