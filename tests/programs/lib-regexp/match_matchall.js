// String.prototype.match / matchAll and the RegExp String Iterator
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
show("match non-g", () => "a1b2".match(/\d/));
show("match g", () => "a1b2".match(/\d/g));
show("match g none", () => "ab".match(/\d/g));
show("match string arg", () => "a.b".match("."));
show("match undefined", () => "abc".match());
show("match null", () => "null".match(null));
show("match g empty", () => "abc".match(/x*/g));
show("match g unicode empty", () => "\u{1F600}".match(/(?:)/gu).length);
show("match resets lastIndex", () => { var r = /a/g; r.lastIndex = 2; var m = "aaa".match(r); return [m.length, r.lastIndex]; });
show("match sticky", () => "aab".match(/a/y));
var it = "a1b22c333".matchAll(/\d+/g);
show("iterator", () => Object.prototype.toString.call(it));
show("iterator proto", () => Object.getPrototypeOf(Object.getPrototypeOf(it)) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
show("next", () => it.next().value[0]);
show("rest", () => [...it].map(m => m[0] + "@" + m.index));
show("done", () => JSON.stringify(it.next()));
show("matchAll groups", () => [..."k1=v1,k2=v2".matchAll(/(?<k>\w+)=(?<v>\w+)/g)].map(m => m.groups.k + ":" + m.groups.v));
show("matchAll string", () => [..."a.b.c".matchAll(".")].length);
show("matchAll non-g throws", () => "a".matchAll(/a/));
show("matchAll undefined", () => [..."ab".matchAll()].length);
show("matchAll empty matches", () => [..."abc".matchAll(/(?:)/g)].map(m => m.index));
var r = /a/g;
r.lastIndex = 1;
var it2 = "aaa".matchAll(r);
show("matchAll copies lastIndex", () => [...it2].map(m => m.index));
show("original untouched", () => r.lastIndex);
var r2 = /b/g;
var it3 = "bbb".matchAll(r2);
r2.lastIndex = 2;
show("clone independent", () => [...it3].length);
show("next receiver", () => it.next.call({}));
show("next name", () => it.next.name + " " + it.next.length);
show("toStringTag", () => Object.getPrototypeOf(it)[Symbol.toStringTag]);
show("Symbol.matchAll direct", () => [...RegExp.prototype[Symbol.matchAll].call(/x/, "xx")].length);
show("Symbol.matchAll flags", () => { var re = /x/; var i = re[Symbol.matchAll]("xx"); return [...i].length; });
show("flags null", () => "a".matchAll({ [Symbol.match]: true, flags: null }));
show("flags object tostring", () => { var re = /a/g; Object.defineProperty(re, "flags", { value: { toString() { return "g"; } } }); return [..."aa".matchAll(re)].length; });
