// String.prototype regexp methods: this coercion, argument coercion, call order
function show(label, f) {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
show("match on number", () => String.prototype.match.call(12345, /3/)[0]);
show("replace on bool", () => String.prototype.replace.call(true, /r/, "R"));
show("split on object", () => String.prototype.split.call({ toString() { return "a b"; } }, " "));
show("replaceAll on array", () => String.prototype.replaceAll.call([1, 2, 3], ",", "-"));
show("match null this", () => String.prototype.match.call(null, /a/));
show("matchAll undefined this", () => String.prototype.matchAll.call(undefined, /a/g));
show("replace undefined this", () => String.prototype.replace.call(undefined, "a", "b"));
show("replaceAll null this", () => String.prototype.replaceAll.call(null, "a", "b"));
show("search null this", () => String.prototype.search.call(null, "a"));
var log = [];
var thisObj = { toString() { log.push("this"); return "abc"; } };
var pat = { toString() { log.push("pattern"); return "b"; } };
var rep = { toString() { log.push("replacement"); return "X"; } };
show("replace order", () => String.prototype.replace.call(thisObj, pat, rep) + " " + log.splice(0).join());
show("replaceAll order", () => String.prototype.replaceAll.call(thisObj, pat, rep) + " " + log.splice(0).join());
show("split order", () => String.prototype.split.call(thisObj, pat, { valueOf() { log.push("limit"); return 9; } }) + " " + log.splice(0).join());
show("match order", () => String.prototype.match.call(thisObj, pat) + " " + log.splice(0).join());
show("search order", () => String.prototype.search.call(thisObj, pat) + " " + log.splice(0).join());
show("replace fn not called when no match", () => { var n = 0; "abc".replace("z", () => n++); return n; });
show("replace string first only", () => "aaa".replace("a", "b"));
show("replaceAll string", () => "aaa".replaceAll("a", "b"));
show("replaceAll overlapping", () => "aaaa".replaceAll("aa", "b"));
show("replaceAll fn positions", () => { var p = []; "abab".replaceAll("ab", (m, i) => { p.push(i); return ""; }); return p; });
show("replaceAll empty fn", () => "ab".replaceAll("", (m, i) => "[" + i + "]"));
show("replaceAll regexp-like non-g", () => "ab".replaceAll({ [Symbol.match]: true, flags: "", [Symbol.replace]() { return "called"; } }, ""));
show("replaceAll regexp-like g", () => "ab".replaceAll({ [Symbol.match]: true, flags: "g", [Symbol.replace]() { return "called"; } }, ""));
show("replaceAll isRegExp false", () => { var r = /a/; r[Symbol.match] = false; return "aXa".replaceAll(r, "b"); });
show("matchAll isRegExp false", () => { var r = /a/; r[Symbol.match] = false; return [..."aa".matchAll(r)].length; });
show("replace $ in search string", () => "a$b".replace("$", "[$$]"));
show("split limit tostring once", () => { var n = 0; "a,b,c".split(",", { valueOf() { n++; return 2; } }); return n; });
show("split sep object", () => "a1b".split({ toString() { return "1"; } }));
show("match returns null not []", () => "abc".match(/z/g));
