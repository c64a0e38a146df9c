// Symbol.match / Symbol.search on objects with user exec and lastIndex accessors.
// (flags / global / unicode reads are not logged: ES2024 reads "flags" where node 20 reads
// "global" and "unicode"; the getters agree so both give the same results.)
var log = [];
function obj(flags, results) {
  var li = 0;
  return {
    get flags() { return flags; },
    get global() { return flags.includes("g"); },
    get unicode() { return flags.includes("u"); },
    get lastIndex() { log.push("get lastIndex=" + li); return li; },
    set lastIndex(v) { log.push("set lastIndex=" + v); li = v; },
    exec(s) { log.push("exec"); return results.length ? results.shift() : null; }
  };
}
function r(s, i) { var a = [s]; a.index = i; return a; }
console.log(JSON.stringify(RegExp.prototype[Symbol.match].call(obj("", [r("x", 0)]), "abc")));
console.log(log.splice(0).join(", "));
console.log(JSON.stringify(RegExp.prototype[Symbol.match].call(obj("g", [r("a", 0), r("", 1), r("c", 2)]), "abc")));
console.log(log.splice(0).join(", "));
console.log(JSON.stringify(RegExp.prototype[Symbol.match].call(obj("gu", [r("", 0)]), "\u{1F600}")));
console.log(log.splice(0).join(", "));
console.log(JSON.stringify(RegExp.prototype[Symbol.match].call(obj("g", []), "abc")));
console.log(log.splice(0).join(", "));
console.log(RegExp.prototype[Symbol.search].call(obj("", [r("b", 7)]), "abc"));
console.log(log.splice(0).join(", "));
console.log(RegExp.prototype[Symbol.search].call(obj("", []), "abc"));
console.log(log.splice(0).join(", "));
// search restores a non-zero lastIndex
var re = /b/g;
re.lastIndex = 2;
console.log("abcb".search(re), re.lastIndex);
re.lastIndex = -0;
console.log("abcb".search(re), Object.is(re.lastIndex, -0));
// search returns whatever index the result has
var weird = { exec() { return { index: "idx" }; } };
console.log(RegExp.prototype[Symbol.search].call(weird, "s"));
// String.prototype methods dispatch to Symbol methods of objects
var custom = {
  flags: "g",
  [Symbol.match](s) { return "match:" + s; },
  [Symbol.matchAll](s) { return "matchAll:" + s; },
  [Symbol.replace](s, v) { return "replace:" + s + ":" + v; },
  [Symbol.search](s) { return "search:" + s; },
  [Symbol.split](s, l) { return "split:" + s + ":" + l; }
};
console.log("str".match(custom), "str".matchAll(custom), "str".replace(custom, 1), "str".replaceAll(custom, 2), "str".search(custom), "str".split(custom, 3));
// the this value is passed unconverted
console.log(String.prototype.match.call(42, { [Symbol.match](s) { return typeof s; } }));
// a non-callable Symbol method throws
try { "a".search({ [Symbol.search]: 5 }); } catch (e) { console.log(e.name + ": " + e.message); }
// null / undefined Symbol methods fall back to the string algorithm
console.log("a[object Object]b".split({ [Symbol.split]: null }));
console.log("xundefinedx".replace({ [Symbol.replace]: undefined, toString() { return "undefined"; } }, "_"));
// exec result must be object or null
try { /a/.test.call({ exec() { return "x"; } }, "a"); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(RegExp.prototype.test.call({ exec() { return {}; } }, "a"), RegExp.prototype.test.call({ exec() { return null; } }, "a"));
