// global replace / match state: lastIndex after the call, non-global lastIndex use, sticky+global
function show(label, f) {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
var g = /o/g;
g.lastIndex = 5;
show("replace g resets", () => ["foo boo".replace(g, "0"), g.lastIndex]);
var n = /o/;
n.lastIndex = 5;
show("replace non-g keeps", () => ["foo".replace(n, "0"), n.lastIndex]);
var y = /o/y;
y.lastIndex = 1;
show("replace sticky uses lastIndex", () => ["foo".replace(y, "0"), y.lastIndex]);
show("replace sticky fail resets", () => ["foo".replace(y, "0"), y.lastIndex]);
var gy = /o/gy;
show("replace gy stops at gap", () => "oo-oo".replace(gy, "0"));
show("match gy", () => "oo-oo".match(/o/gy));
show("split ignores y", () => "a-b".split(/-/y));
var m = /a/g;
m.lastIndex = 2;
show("match g resets and ends 0", () => ["aaa".match(m).length, m.lastIndex]);
var mn = /a/;
mn.lastIndex = 2;
show("match non-g leaves lastIndex", () => ["aaa".match(mn).index, mn.lastIndex]);
show("replace with empty string", () => "a-b-c".replace(/-/g, ""));
show("replace whole", () => "abc".replace(/.*/, "X"));
show("replace whole g", () => "abc".replace(/.*/g, "X"));
show("replace empty subject", () => "".replace(/^/, "start"));
show("replace empty subject g", () => "".replace(/x*/g, "E"));
show("replace with $ in fn result", () => "ab".replace(/a/, () => "$&"));
show("replace twice same regex", () => { var r = /b/g; return ["abab".replace(r, "x"), "bb".replace(r, "y")]; });
show("long global replace", () => "ab".repeat(1000).replace(/b/g, "").length);
show("global replace fn count", () => { var n = 0; "x".repeat(500).replace(/x/g, () => ++n); return n; });
show("match g big", () => "a1".repeat(1000).match(/\d/g).length);
