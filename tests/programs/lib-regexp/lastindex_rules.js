// lastIndex handling of RegExpBuiltinExec: ignored without g/y, advanced by g, reset on failure
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
var r = /a/;
r.lastIndex = 3;
show("non-global ignores", () => [r.exec("aaaa").index, r.lastIndex]);
var g = /a/g;
show("g first", () => [g.exec("xaxa").index, g.lastIndex]);
show("g second", () => [g.exec("xaxa").index, g.lastIndex]);
show("g third", () => [g.exec("xaxa"), g.lastIndex]);
show("g again", () => [g.exec("xaxa").index, g.lastIndex]);
g.lastIndex = 10;
show("past end", () => [g.exec("xaxa"), g.lastIndex]);
g.lastIndex = -5;
show("negative", () => [g.exec("xaxa").index, g.lastIndex]);
g.lastIndex = 1.9;
show("fraction", () => [g.exec("xaxa").index, g.lastIndex]);
g.lastIndex = "3";
show("string", () => [g.exec("xaxa").index, g.lastIndex]);
g.lastIndex = NaN;
show("NaN", () => [g.exec("xaxa").index, g.lastIndex]);
g.lastIndex = Infinity;
show("Infinity", () => [g.exec("xaxa"), g.lastIndex]);
var calls = [];
g.lastIndex = { valueOf() { calls.push("valueOf"); return 2; } };
show("valueOf", () => [g.exec("xaxa").index, g.lastIndex, calls.join()]);
var n = /a/;
calls = [];
n.lastIndex = { valueOf() { calls.push("valueOf"); return 2; } };
show("valueOf non-global still read", () => [n.exec("xaxa").index, calls.join(), typeof n.lastIndex]);
var e = /x*/g;
show("empty match no advance", () => [e.exec("abc").index, e.lastIndex, e.exec("abc").index, e.lastIndex]);
var t = /b/g;
show("test g", () => [t.test("abcb"), t.lastIndex, t.test("abcb"), t.lastIndex, t.test("abcb"), t.lastIndex]);
var ro = /a/g;
Object.defineProperty(ro, "lastIndex", { writable: false, value: 0 });
show("read-only g", () => ro.exec("a"));
show("read-only g fail", () => ro.exec("b"));
var ro2 = /a/;
Object.defineProperty(ro2, "lastIndex", { writable: false, value: 0 });
show("read-only non-g ok", () => ro2.exec("a")[0]);
show("read-only non-g fail ok", () => ro2.exec("b"));
var fr = Object.freeze(/a/y);
show("frozen sticky", () => fr.test("a"));
show("desc", () => JSON.stringify(Object.getOwnPropertyDescriptor(/a/, "lastIndex")));
show("own keys", () => Object.getOwnPropertyNames(/a/g).join());
show("lastIndex after literal", () => /a/g.lastIndex);
var lit = [];
for (var i = 0; i < 3; i++) { var re = /q/g; re.exec("q"); lit.push(re.lastIndex); }
show("literal fresh each eval", () => lit.join());
function mk() { return /z/; }
show("literal identity", () => mk() === mk());
