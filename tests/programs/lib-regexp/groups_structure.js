// capture group numbering, non-capturing groups, many groups, nested and alternated groups
function show(label, f) {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
show("non-capturing", () => /(?:a)(b)/.exec("ab"));
show("nested numbering", () => /((a)(b(c)))/.exec("abc"));
show("alternation numbering", () => /(a)|(b)|(c)/.exec("c"));
show("lookahead capture", () => /(?=(\w+))\w/.exec("hello"));
show("negative lookahead capture undefined", () => /(?!(x))a/.exec("a"));
var many = new RegExp(Array.from({ length: 50 }, (_, i) => "(" + String.fromCharCode(65 + (i % 26)) + ")").join(""));
var subject = Array.from({ length: 50 }, (_, i) => String.fromCharCode(65 + (i % 26))).join("");
var mm = many.exec(subject);
show("50 groups length", () => mm.length);
show("group 49", () => mm[49]);
show("$49 replace", () => subject.replace(many, "$49$50"));
show("$50 fn arg count", () => subject.replace(many, function () { return arguments.length; }));
show("empty group", () => /()/.exec("x"));
show("group matching empty", () => /(a*)b/.exec("b"));
show("optional group", () => /(a)?b/.exec("b"));
show("repeated group last", () => /(\d)+/.exec("123"));
show("repeated alternation", () => /(?:(a)|(b))+/.exec("aab"));
show("nested quantified", () => /((a)|b)+/.exec("ab"));
show("group in lookbehind", () => /(?<=(\d))x/.exec("1x"));
show("modifier-free flags group", () => /(?:x|y)+/.exec("xyx")[0]);
show("split with many groups", () => "a1b".split(/(\d)()/));
show("replace $ with many", () => "ab".replace(/(a)(b)/, "$2$1$3"));
show("capture across alternation reset", () => /(?:(x)y|xz)/.exec("xz"));
show("group names and numbers", () => { var m = /(?<a>.)(.)(?<c>.)/.exec("xyz"); return [m[1], m[2], m[3], m.groups.a, m.groups.c]; });
