// lookbehind assertions: positive/negative, captures inside, backreferences, greedy right-to-left
function show(label, f) {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
show("positive", () => "$10 €20".match(/(?<=\$)\d+/)[0]);
show("negative", () => "$10 €20".match(/(?<!\$)\b\d+/)[0]);
show("global", () => "a1 b2 a3".match(/(?<=a)\d/g));
show("capture", () => /(?<=(\w)(\w))c/.exec("abc"));
show("greedy rtl", () => /(?<=(\d+)(\d+))$/.exec("1053").slice(1));
show("backref inside", () => /(?<=\1(a))b/.exec("aab"));
show("backref before", () => /(?<=(a)\1)b/.exec("aab"));
show("nested", () => /(?<=a(?<=b))c/.exec("abc"));
show("nested 2", () => /(?<=a(?<!x)b)c/.exec("abc")[0]);
show("at start", () => /(?<=^)a/.exec("a").index);
show("anchored m", () => "x\nab".match(/(?<=^a)b/m)[0]);
show("variable length", () => "xxaaab".match(/(?<=a+)b/)[0]);
show("alternation", () => ["ab", "cb", "db"].map(s => /(?<=a|c)b/.test(s)));
show("replace", () => "price: 10, cost: 20".replace(/(?<=: )\d+/g, n => n * 2));
show("split", () => "aAbBcC".split(/(?<=[a-z])(?=[A-Z])/));
show("sticky", () => { var r = /(?<=a)b/y; r.lastIndex = 1; return r.test("ab"); });
show("unicode", () => /(?<=\u{1F600})x/u.test("\u{1F600}x"));
show("unicode dot", () => /(?<=.)x/u.exec("\u{1F600}x").index);
show("negative capture undefined", () => /(?<!(a))b/.exec("cb"));
show("quantified lookbehind content", () => /(?<=(?:ab){2})c/.test("ababc"));
show("case insensitive", () => /(?<=A)b/i.test("ab"));
show("lookahead inside lookbehind", () => /(?<=a(?=b))b/.test("ab"));
show("empty lookbehind", () => /(?<=)a/.exec("a").index);
show("word boundary inside", () => /(?<=\bfoo)bar/.test("foobar"));
show("multiple", () => "abcdef".match(/(?<=ab)(?<=b)c/)[0]);
