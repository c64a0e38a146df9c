// regular expression literals in code: fresh object per evaluation, division ambiguity, contexts
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
var a = 10, b = 2, g = 5;
show("division", () => a / b / g);
show("regex after (", () => (/b/g).test("abc"));
show("regex after =", () => { var r = /=/; return r.test("a=b"); });
show("regex after return", () => (function () { return /x/g; })().global);
show("regex after typeof", () => typeof /x/);
show("regex in array", () => [/a/, /b/].length);
show("regex in object", () => ({ r: /q/ }).r.source);
show("regex after ,", () => [1, /2/][1].source);
show("regex after !", () => !/a/.test("b"));
show("regex after &&", () => true && /x/.test("x"));
show("regex after ?", () => (true ? /y/ : 0).source);
show("regex in template", () => `${/t/.source}`);
show("regex method chain", () => /a(b)/.exec("ab")[1]);
show("regex with slash in class", () => /[/]/.test("/"));
show("regex with escaped slash", () => /\//.test("/"));
show("regex with flags", () => /x/gimsuy.flags);
show("regex division mixed", () => { var x = 4; return x / 2 / 1; });
show("fresh per evaluation", () => { var s = new Set(); for (var i = 0; i < 3; i++) s.add(/x/); return s.size; });
show("fresh lastIndex", () => { var out = []; for (var i = 0; i < 3; i++) { var r = /x/g; out.push(r.lastIndex); r.exec("x"); } return out.join(); });
show("closure", () => { function make() { return /c/g; } var r1 = make(), r2 = make(); r1.exec("cc"); return [r1.lastIndex, r2.lastIndex].join(); });
show("prototype", () => Object.getPrototypeOf(/a/) === RegExp.prototype);
show("modified RegExp global", () => { var saved = RegExp; RegExp = function () { return 1; }; var r = /z/; RegExp = saved; return r instanceof saved; });
show("literal uses intrinsic proto", () => { var p = RegExp.prototype; var r = /a/; return Object.getPrototypeOf(r) === p; });
show("arrow body", () => ((s) => /^\d+$/.test(s))("123"));
show("switch case", () => { switch ("x") { case /x/.source: return "hit"; default: return "miss"; } });
show("after }", () => { if (true) {} /foo/.test("foo"); return "ok"; });
show("eval literal", () => eval("/e(v)al/").exec("eval")[1]);
show("Function literal", () => Function("return /f/.source")());
show("unicode literal", () => /\u{1F600}/u.test("\u{1F600}"));
show("literal lastIndex desc", () => JSON.stringify(Object.getOwnPropertyDescriptor(/x/, "lastIndex")));
show("literal in loop compile once", () => { var n = 0; for (var i = 0; i < 200; i++) if (/(\d+)-(\d+)/.test(i + "-" + i)) n++; return n; });
