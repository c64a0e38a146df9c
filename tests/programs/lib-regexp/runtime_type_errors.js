// TypeError messages thrown by RegExp builtins on bad receivers and results (V8 wording)
function t(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
var P = RegExp.prototype;
t("exec on {}", () => P.exec.call({}, "a"));
t("exec on number", () => P.exec.call(1, "a"));
t("exec on string", () => P.exec.call("re", "a"));
t("test on {}", () => P.test.call({}, "a"));
t("toString on number", () => P.toString.call(5));
t("compile on {}", () => P.compile.call({}));
t("global getter", () => Object.getOwnPropertyDescriptor(P, "global").get.call({}));
t("sticky getter", () => Object.getOwnPropertyDescriptor(P, "sticky").get.call([]));
t("source getter", () => Object.getOwnPropertyDescriptor(P, "source").get.call({}));
t("flags getter prim", () => Object.getOwnPropertyDescriptor(P, "flags").get.call("x"));
t("@@match prim", () => P[Symbol.match].call(1, "a"));
t("@@split prim", () => P[Symbol.split].call(true, "a"));
t("@@search prim", () => P[Symbol.search].call(null, "a"));
t("@@matchAll prim", () => P[Symbol.matchAll].call(1, "a"));
t("exec result prim", () => P.test.call({ exec: () => 5 }, "a"));
t("exec result undefined", () => P[Symbol.match].call({ exec: () => undefined, flags: "" }, "a"));
t("matchAll non-global", () => "a".matchAll(/a/));
t("replaceAll non-global", () => "a".replaceAll(/a/, ""));
t("matchAll flags undefined", () => "a".matchAll({ [Symbol.match]: true }));
t("replaceAll flags null", () => "a".replaceAll({ [Symbol.match]: true, flags: null }, ""));
t("iterator next receiver", () => "a".matchAll(/a/g).next.call([]));
t("compile with flags from regexp", () => /a/.compile(/b/, "g"));
t("read-only lastIndex", () => { var r = /a/g; Object.defineProperty(r, "lastIndex", { writable: false }); return r.test("a"); });
t("read-only lastIndex replace", () => { var r = /a/g; Object.defineProperty(r, "lastIndex", { writable: false }); return "a".replace(r, "b"); });
t("read-only lastIndex match", () => { var r = /a/g; Object.defineProperty(r, "lastIndex", { writable: false, value: 0 }); return "a".match(r); });
t("species not constructor", () => { var r = /a/g; r.constructor = { [Symbol.species]: {} }; return "a".split(r); });
t("constructor not object", () => { var r = /a/g; r.constructor = 1; return [..."a".matchAll(r)]; });
t("new on method", () => new P.test());
t("RegExp symbol pattern", () => RegExp(Symbol("s")));
t("RegExp symbol flags", () => RegExp("a", Symbol()));
