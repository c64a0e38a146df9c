// RegExp.prototype flag getters, flags, source: receivers, attributes, the prototype itself
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
var names = ["dotAll", "flags", "global", "hasIndices", "ignoreCase", "multiline", "source", "sticky", "unicode"];
for (var n of names) {
  var d = Object.getOwnPropertyDescriptor(RegExp.prototype, n);
  show(n, () => [typeof d.get, d.set, d.enumerable, d.configurable, d.get.name, d.get.length].join());
}
for (var n of names) show("proto " + n, () => RegExp.prototype[n]);
for (var n of ["global", "sticky", "source"]) show("object " + n, () => Object.getOwnPropertyDescriptor(RegExp.prototype, n).get.call({}));
show("flags on object", () => Object.getOwnPropertyDescriptor(RegExp.prototype, "flags").get.call({ global: 1, sticky: "y", unicode: 0, hasIndices: [], dotAll: null }));
show("flags on prim", () => Object.getOwnPropertyDescriptor(RegExp.prototype, "flags").get.call(1));
show("flags all", () => new RegExp("", "ysmigd").flags);
show("flags u", () => /a/u.flags);
show("flags v", () => new RegExp("a", "v").flags);
var log = [];
var spy = {};
["hasIndices", "global", "ignoreCase", "multiline", "dotAll", "unicode", "unicodeSets", "sticky"].forEach(k => Object.defineProperty(spy, k, { get() { log.push(k); return true; } }));
show("flags order", () => Object.getOwnPropertyDescriptor(RegExp.prototype, "flags").get.call(spy));
show("flags reads", () => log.sort().join());   // node 20 reads unicodeSets last; ES2024 before sticky
show("ignoreCase", () => [/a/i.ignoreCase, /a/.ignoreCase]);
show("multiline", () => [/a/m.multiline, /a/.multiline]);
show("dotAll", () => [/a/s.dotAll, /a/.dotAll]);
show("unicode", () => [/a/u.unicode, /a/.unicode]);
show("source basic", () => /a+b/.source);
show("source slash", () => new RegExp("a/b").source);
show("source escaped slash", () => /a\/b/.source);
show("source class slash", () => new RegExp("[/]").source);
show("source newline", () => JSON.stringify(new RegExp("a\nb").source));
show("source cr ls ps", () => JSON.stringify(new RegExp("\r\u2028\u2029").source));
show("source escaped newline", () => JSON.stringify(new RegExp("\\\n").source));
show("source empty", () => new RegExp("").source);
show("source round trip", () => eval("/" + new RegExp("a/b\n").source + "/").test("a/b\n"));
show("own source?", () => /a/.hasOwnProperty("source"));
show("subclass getter", () => { class R extends RegExp {} return new R("q", "g").global; });
