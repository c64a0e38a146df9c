// indexOf/lastIndexOf/includes with position NaN, -Infinity, beyond length, fractional, coercion
const s = "canal banana";
const pos = [undefined, NaN, -Infinity, -1, -0, 0, 0.9, 1.5, 3, 11, 12, 13, 100, Infinity, "2", null, true, [5], { valueOf: () => 6 }];
for (const p of pos) {
  const label = p === undefined ? "undef" : typeof p === "object" && p !== null ? JSON.stringify(p) || "obj" : String(p);
  console.log(label.padEnd(9), s.indexOf("an", p), s.lastIndexOf("an", p), s.indexOf("", p), s.lastIndexOf("", p), s.includes("na", p), s.startsWith("can", p), s.endsWith("ba", p));
}
console.log("".indexOf(""), "".lastIndexOf(""), "".indexOf("", 5), "abc".indexOf("", 10), "abc".lastIndexOf("", -5), "abc".lastIndexOf("c", -Infinity), "abc".lastIndexOf("a", -Infinity));
console.log("aaa".lastIndexOf("a", 1), "aaa".lastIndexOf("aa"), "aaa".indexOf("aa", 1), "aaa".indexOf("aa", 2), "abc".lastIndexOf("abc", 0), "abc".lastIndexOf("bc", 0));
console.log("undefined".indexOf(), "null".indexOf(null), "x1y".indexOf(1), "truefalse".lastIndexOf(false), "NaN".includes(NaN));
// coercion order: this, search string, then position
const log = [];
const thisv = { toString() { log.push("this"); return "abcabc"; } };
const search = { toString() { log.push("search"); return "b"; } };
const position = { valueOf() { log.push("pos"); return 2; } };
console.log(String.prototype.indexOf.call(thisv, search, position), log.join(","));
log.length = 0;
console.log(String.prototype.lastIndexOf.call(thisv, search, position), log.join(","));
// lastIndexOf: position NaN after ToNumber means +Infinity
console.log("abab".lastIndexOf("ab", "x"), "abab".lastIndexOf("ab", undefined), "abab".lastIndexOf("ab", { valueOf() { return NaN; } }), "abab".lastIndexOf("ab", 1));
// includes/startsWith/endsWith reject regexps, but respect Symbol.match = false
for (const m of ["includes", "startsWith", "endsWith"]) {
  try { "a/b/".includes(/b/); } catch (e) { if (m === "includes") console.log(e.constructor.name + ": " + e.message); }
  try { "abc"[m](/b/); } catch (e) { console.log(m, e.constructor.name); }
  const re = /b/; re[Symbol.match] = false;
  console.log(m, "a/b/c"[m](re), "/b/"[m](re));
}
const fakeRe = { [Symbol.match]: true, toString() { return "x"; } };
try { "x".startsWith(fakeRe); } catch (e) { console.log(e.constructor.name); }
// surrogates: indexOf operates on code units
console.log("\uD83D\uDE00\uD83D\uDE00".indexOf("\uDE00"), "\uD83D\uDE00\uD83D\uDE00".lastIndexOf("\uD83D"), "a\uD83D\uDE00".includes("\uDE00", 2));
try { "a".indexOf(Symbol()); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
try { "a".indexOf("a", Symbol()); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
try { "a".indexOf("a", 1n); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
console.log(String.prototype.indexOf.length, String.prototype.lastIndexOf.length, String.prototype.includes.length);
