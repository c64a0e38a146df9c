// Symbol.replace on a RegExp whose exec / lastIndex are observed: the spec's exact reads.
// (Reads of flags / global / unicode are not logged: ES2024 reads "flags" where node 20 reads
// "global" and "unicode".)
var log = [];
function logged(re, results) {
  var i = 0;
  return new Proxy(re, {
    get(t, k, r) {
      if (!["flags", "global", "unicode", "unicodeSets"].includes(k)) log.push("get " + String(k));
      if (k === "exec") return function (s) { log.push("exec(" + s + ") li=" + t.lastIndex); return i < results.length ? results[i++] : null; };
      var v = Reflect.get(t, k, t);
      return typeof v === "function" ? v.bind(t) : v;
    },
    set(t, k, v) { log.push("set " + String(k) + "=" + v); t[k] = v; return true; }
  });
}
function res(str, index, caps, groups) {
  var a = [str].concat(caps || []);
  a.index = index;
  if (groups !== undefined) a.groups = groups;
  return a;
}
var p = logged(/x/g, [res("b", 1), res("", 3)]);
console.log(RegExp.prototype[Symbol.replace].call(p, "abcd", "[$&]"));
console.log(log.join("\n"));
log = [];
var p2 = logged(/x/, [res("c", 2, ["C"], { n: "N" })]);
console.log(RegExp.prototype[Symbol.replace].call(p2, "abcd", "<$1|$<n>|$`|$'>"));
console.log(log.join("\n"));
log = [];
var p3 = logged(/x/, [res("c", 2, ["C"], { n: "N" })]);
console.log(RegExp.prototype[Symbol.replace].call(p3, "abcd", function () { return JSON.stringify([].slice.call(arguments)); }));
console.log(log.join("\n"));
// results are collected first, then replaced; positions out of order are skipped
var order = { exec() { var r = this.queue.shift(); return r || null; }, queue: [res("d", 3), res("a", 0)], flags: "g", lastIndex: 0 };
console.log(RegExp.prototype[Symbol.replace].call(order, "abcd", "X"));
// index is clamped and coerced
var clamp = { flags: "", exec() { var r = ["zz"]; r.index = 100; return r; } };
console.log(RegExp.prototype[Symbol.replace].call(clamp, "abc", "[$']"));
var neg = { flags: "", exec() { var r = ["a"]; r.index = -5; return r; } };
console.log(RegExp.prototype[Symbol.replace].call(neg, "abc", "[$`]"));
// length of the result controls how many captures are read
var len = { flags: "", exec() { return { 0: "b", 1: "one", 2: "two", length: 2, index: 1 }; } };
console.log(RegExp.prototype[Symbol.replace].call(len, "abc", "$1$2"));
// captures are converted with ToString, undefined stays empty
var caps = { flags: "", exec() { return { 0: "b", 1: 5, 2: undefined, length: 3, index: 1 }; } };
console.log(RegExp.prototype[Symbol.replace].call(caps, "abc", "[$1|$2]"));
// groups converted with ToObject
var grp = { flags: "", exec() { return { 0: "b", length: 1, index: 1, groups: "str" }; } };
console.log(RegExp.prototype[Symbol.replace].call(grp, "abc", "[$<length>]"));
// exec returning a primitive
try { RegExp.prototype[Symbol.replace].call({ flags: "", exec() { return 1; } }, "a", "b"); } catch (e) { console.log(e.name + ": " + e.message); }
// non-callable exec falls back to the builtin, which needs a real RegExp
try { RegExp.prototype[Symbol.replace].call({ flags: "", exec: 1 }, "a", "b"); } catch (e) { console.log(e.name + ": " + e.message); }
