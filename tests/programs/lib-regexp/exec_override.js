// a user-defined exec is used by test, match, replace, search, split and matchAll
var calls = [];
class Counting extends RegExp {
  exec(s) { calls.push(this.lastIndex); return super.exec(s); }
}
var r = new Counting("a", "g");
console.log(r.test("banana"), calls.join());
calls = [];
console.log(JSON.stringify("banana".match(r)), calls.join());
calls = [];
console.log("banana".replace(r, "o"), calls.join());
calls = [];
console.log("banana".search(r), calls.join());
calls = [];
console.log(JSON.stringify("banana".split(new Counting("n"))), calls.length);
calls = [];
console.log([..."banana".matchAll(r)].length, calls.join());
// exec returning a fabricated result
class Fake extends RegExp {
  exec() { if (this.done) return null; this.done = true; var m = ["XY", "1"]; m.index = 1; return m; }
}
console.log("abcdef".replace(new Fake("q"), "[$1|$&]"));
console.log(JSON.stringify("abcdef".match(new Fake("q"))));
var fg = new Fake("q", "g");
console.log(JSON.stringify("abcdef".match(fg)));
// exec on the instance (own property)
var own = /x/g;
own.exec = function () { return null; };
console.log(own.test("x"), "x".replace(own, "y"), JSON.stringify("x".match(own)));
// exec that is not callable is ignored
var nc = /x/;
nc.exec = 42;
console.log(nc.test("x"), "x".replace(nc, "y"));
// exec that throws propagates
var th = /x/;
th.exec = function () { throw new RangeError("from exec"); };
try { th.test("x"); } catch (e) { console.log(e.name, e.message); }
try { "x".replace(th, "y"); } catch (e) { console.log(e.name, e.message); }
// Symbol.replace with a user exec that changes lastIndex wildly (infinite-loop guard via empty-match advance)
var li = 0;
var weird = { flags: "g", global: true, get lastIndex() { return li; }, set lastIndex(v) { li = v; }, exec(s) { if (li >= s.length) return null; var m = [""]; m.index = li; return m; } };
console.log(RegExp.prototype[Symbol.replace].call(weird, "abc", "-"));
