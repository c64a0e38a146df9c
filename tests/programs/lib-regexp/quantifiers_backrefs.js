// quantifiers (greedy, lazy, bounded, nested, empty-check) and backreferences
function show(label, f) {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
show("{n}", () => /a{3}/.exec("aaaa")[0]);
show("{n,}", () => /a{2,}/.exec("aaaa")[0]);
show("{n,m}", () => /a{1,2}/.exec("aaaa")[0]);
show("{n,m}?", () => /a{1,3}?/.exec("aaaa")[0]);
show("*?", () => /<.*?>/.exec("<a><b>")[0]);
show("+?", () => /\d+?/.exec("123")[0]);
show("??", () => /ab??/.exec("ab")[0]);
show("nested", () => /(a+)+b/.exec("aaab"));
show("empty check", () => /(?:a*)*/.exec("b"));
show("empty check capture", () => /(a*)*/.exec("b"));
show("empty alt", () => /(?:|a)*/.exec("aa"));
show("capture reset", () => /(?:(a)|(b))+/.exec("ab"));
show("capture reset 2", () => /(z)((a+)?(b+)?(c))*/.exec("zaacbbbcac"));
show("{0}", () => /a{0}b/.exec("ab")[0]);
show("big bound", () => /a{0,4294967295}/.exec("aaa")[0]);
show("brace literal", () => /a{,2}/.exec("a{,2}")[0]);
show("brace literal 2", () => /{/.exec("{")[0]);
show("backref", () => /(\w)\1/.exec("abccd")[0]);
show("backref 2", () => /(a)(b)\2\1/.test("abba"));
show("backref forward", () => /\1(a)/.exec("aa"));
show("backref in group", () => /(a\1)/.exec("aa"));
show("backref octal fallback", () => /\1/.exec("\x01")[0].charCodeAt(0));
show("backref 10 with 10 groups", () => /(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10/.test("abcdefghijj"));
show("backref 10 with 1 group", () => /(a)\10/.exec("a\b")[0].length);
show("backref i", () => /(a)\1/i.test("aA"));
show("backref quantified", () => /(a|b)\1+/.exec("abbb")[0]);
show("catastrophic small", () => /^(a+)+$/.test("aaaaaaaaaaaaaaaaaaaa!"));
show("alternation backtrack", () => /(a|ab)(c|bcd)(d*)/.exec("abcd"));
show("lazy captures", () => /(a+?)(a*)/.exec("aaa"));
show("possessive-like", () => /(?=(a+))\1b/.exec("aaab"));
show("lookahead quantified", () => /(?=a){2}a/.exec("a"));
show("long repeat", () => /x{1000}/.test("x".repeat(1000)));
show("dot star newline", () => /a.*b/.exec("a\nb"));
show("empty loop", () => "aaa".match(/a*?/g));
