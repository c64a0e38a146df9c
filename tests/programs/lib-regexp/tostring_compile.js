// RegExp.prototype.toString (generic), compile (Annex B), String() and template conversion
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
show("toString", () => /a+/gi.toString());
show("String()", () => String(/x/y));
show("template", () => `${/t/m}`);
show("concat", () => "" + /c/);
show("generic", () => RegExp.prototype.toString.call({ source: "S", flags: "F" }));
show("generic missing", () => RegExp.prototype.toString.call({}));
show("generic prim", () => RegExp.prototype.toString.call("x"));
show("proto", () => RegExp.prototype.toString());
show("order", () => { var log = []; RegExp.prototype.toString.call({ get source() { log.push("source"); return ""; }, get flags() { log.push("flags"); return ""; } }); return log.join(); });
show("symbol source", () => RegExp.prototype.toString.call({ source: Symbol() }));
show("toString length", () => RegExp.prototype.toString.length);
show("empty", () => new RegExp("").toString());
show("escaped", () => new RegExp("/\n").toString());
var r = /a/g;
r.lastIndex = 3;
show("compile returns this", () => r.compile("b", "i") === r);
show("compiled", () => [String(r), r.lastIndex, r.test("B")]);
show("compile no args", () => String(r.compile()));
show("compile from regexp", () => String(r.compile(/q/m)));
show("compile regexp + flags", () => r.compile(/q/, "g"));
show("compile regexp + undefined flags", () => String(r.compile(/z/y, undefined)));
show("compile bad", () => r.compile("("));
show("after bad compile", () => String(r));
show("compile bad flags", () => r.compile("a", "gg"));
show("compile receiver", () => RegExp.prototype.compile.call({}, "a"));
show("compile length", () => RegExp.prototype.compile.length);
var ro = /a/;
Object.defineProperty(ro, "lastIndex", { writable: false });
show("compile read-only lastIndex", () => ro.compile("b"));
show("compile applied anyway", () => String(ro));
show("compile coerce", () => String(/a/.compile(123, { toString() { return "g"; } })));
