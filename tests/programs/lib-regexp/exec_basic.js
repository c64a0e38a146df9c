// RegExp.prototype.exec: result arrays, index/input/groups, captures that did not participate
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
show("simple", () => /b/.exec("abc"));
show("no match", () => /z/.exec("abc"));
show("captures", () => /(a)(b)?(c)/.exec("ac"));
show("nested", () => /((a)|(b))+/.exec("ab"));
show("keys", () => Object.keys(/(x)/.exec("x")));
show("length", () => /(a)(b)(c)/.exec("abc").length);
show("index type", () => typeof /c/.exec("abc").index);
show("input", () => /c/.exec("abc").input);
show("groups undefined", () => /c/.exec("abc").groups);
show("coerce number", () => /1/.exec(123));
show("coerce undefined", () => /undefined/.exec());
show("coerce null", () => /null/.exec(null));
show("coerce obj", () => /X/.exec({ toString() { return "aXb"; } }));
show("empty pattern", () => new RegExp("").exec("abc"));
show("empty subject", () => /^$/.exec(""));
show("alternation order", () => /a|ab/.exec("abc"));
show("greedy", () => /a+/.exec("caaat"));
show("lazy", () => /a+?/.exec("caaat"));
show("backref", () => /(a)\1/.exec("xaay"));
show("backref undefined", () => /(?:(a)|b)\1c/.exec("bc"));
show("quantifier reset", () => /(?:(a)|b)+/.exec("ab"));
show("dot", () => /a.c/.exec("a\nc"));
show("dotAll", () => /a.c/s.exec("a\nc"));
show("multiline", () => /^b/m.exec("a\nb"));
show("anchored no m", () => /^b/.exec("a\nb"));
show("word boundary", () => /\bfoo\b/.exec("a foo b"));
show("class", () => /[^a-c]+/.exec("abcdefabc"));
show("digits", () => /\d+/.exec("abc 12345 x"));
show("space", () => /\s+/.exec("a \t\n b"));
show("unicode escape", () => /\u0041/.exec("xAx"));
show("hex escape", () => /\x41/.exec("xAx"));
show("control", () => /\cJ/.exec("a\nb"));
show("exec receiver", () => RegExp.prototype.exec.call({}, "a"));
show("exec receiver prim", () => RegExp.prototype.exec.call("a", "a"));
show("exec proto", () => RegExp.prototype.exec.call(RegExp.prototype, ""));
show("exec.length", () => RegExp.prototype.exec.length);
show("exec.name", () => RegExp.prototype.exec.name);
var m = /(\w)(\d)/.exec("__a1__");
show("array", () => Array.isArray(m));
show("json", () => JSON.stringify(m));
show("spread", () => [...m]);
