// sticky (y) and global (g) flags: matching only at lastIndex, interplay with ^ and m
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
var y = /foo/y;
show("y at 0 fail", () => [y.test("xfoo"), y.lastIndex]);
y.lastIndex = 1;
show("y at 1", () => [y.test("xfoo"), y.lastIndex]);
show("y after", () => [y.test("xfoo"), y.lastIndex]);
var ya = /^a/y;
ya.lastIndex = 1;
show("y with ^", () => ya.test("aa"));
var yam = /^a/my;
yam.lastIndex = 2;
show("y with ^ m", () => yam.test("a\na"));
var gy = /a/gy;
show("gy match", () => "aab".match(gy));
show("gy replace", () => "aaba".replace(/a/gy, "x"));
show("y replace", () => "aaba".replace(/a/y, "x"));
show("y split", () => "a,b,c".split(/,/y));
show("y search", () => ["xa".search(/a/y), "ax".search(/a/y)]);
var s = /a/y;
s.lastIndex = 1;
show("y search keeps lastIndex", () => ["ba".search(s), s.lastIndex]);
show("y match", () => { var r = /b/y; r.lastIndex = 1; return ["ab".match(r), r.lastIndex]; });
var tok = /\s*(\d+|[-+*\/()])/y, src = "12 + (3*4) - 5", out = [], m;
while ((m = tok.exec(src))) out.push(m[1]);
show("tokenizer", () => out.join("|"));
show("tokenizer end", () => tok.lastIndex);
show("y empty", () => { var r = /(?:)/y; r.lastIndex = 2; var x = r.exec("abc"); return [x.index, r.lastIndex]; });
show("y past end", () => { var r = /(?:)/y; r.lastIndex = 4; return [r.exec("abc"), r.lastIndex]; });
show("y at end empty", () => { var r = /(?:)/y; r.lastIndex = 3; return [r.exec("abc").index, r.lastIndex]; });
show("g collect", () => { var r = /o/g, res = [], x; while ((x = r.exec("foo boo"))) res.push(x.index + ":" + r.lastIndex); return res.join(); });
show("sticky flag", () => [/a/y.sticky, /a/.sticky, /a/g.global, /a/.global]);
show("flags", () => [/a/gy.flags, /a/yg.flags]);
show("y lookbehind", () => { var r = /(?<=a)b/y; r.lastIndex = 1; return r.test("ab"); });
show("y \\b", () => { var r = /\bb/y; r.lastIndex = 1; return r.test("ab"); });
show("y unicode", () => { var r = /./uy; r.lastIndex = 0; r.exec("\u{1F600}x"); return r.lastIndex; });
show("g unicode", () => "\u{1F600}\u{1F601}".match(/./gu).length);
show("g no unicode", () => "\u{1F600}\u{1F601}".match(/./g).length);
show("g empty unicode", () => "\u{1F600}".replace(/(?:)/gu, "-"));
show("g empty no unicode", () => "\u{1F600}".replace(/(?:)/g, "-").length);
