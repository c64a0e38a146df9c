// Annex B pattern syntax accepted without u: legacy octal, invalid braces, \c, lone ], identity escapes
function show(label, f) {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
show("octal \\0", () => /\0/.exec("a\0")[0].charCodeAt(0));
show("octal \\07", () => /\07/.test("\x07"));
show("octal \\101", () => /\101/.test("A"));
show("octal \\400", () => /\400/.exec("\x200")[0].length);
show("\\8 identity", () => /\8/.test("8"));
show("backref > groups", () => /(a)\2/.test("a\x02"));
show("braces literal", () => /a{/.test("a{"));
show("braces incomplete", () => /a{1/.test("a{1"));
show("braces comma", () => /x{,5}/.test("x{,5}"));
show("lone ]", () => /]/.test("]"));
show("lone }", () => /}/.test("}"));
show("\\c in class digit", () => /[\c1]/.test("\x11"));
show("\\c in class underscore", () => /[\c_]/.test("\x1f"));
show("\\c not letter", () => /\c1/.test("\\c1"));
show("\\c end", () => /\c/.test("\\c"));
show("\\x partial", () => /\xZ/.test("xZ"));
show("\\u partial", () => /\uZZ/.test("uZZ"));
show("\\u{} without u", () => /\u{2}/.test("uu"));
show("\\p without u", () => /\p{L}/.test("p{L}"));
show("\\k without groups", () => /\k<x>/.test("k<x>"));
show("\\- outside class", () => /\-/.test("-"));
show("class escape range", () => /[\w-z]/.test("-"));
show("range \\d-", () => /[\d-]/.test("-"));
show("quantified lookahead", () => /(?=a)+/.test("a"));
show("quantified lookahead *", () => /(?=a)*b/.test("b"));
show("quantified negative lookahead", () => /(?!a){2}b/.test("b"));
show("\\b in class", () => /[\b]/.test("\b"));
show("\\B in class", () => { try { return new RegExp("[\\B]").test("B"); } catch (e) { return e.name; } });
show("\\a identity", () => /\a/.test("a"));
show("\\e identity", () => /\e/.test("e"));
show("\\z identity", () => /\z/.test("z"));
show("u rejects octal", () => { try { new RegExp("\\01", "u"); return "ok"; } catch (e) { return e.name; } });
show("u rejects brace", () => { try { new RegExp("a{", "u"); return "ok"; } catch (e) { return e.name; } });
show("u rejects \\c1 in class", () => { try { new RegExp("[\\c1]", "u"); return "ok"; } catch (e) { return e.name; } });
show("u rejects quantified lookahead", () => { try { new RegExp("(?=a)+", "u"); return "ok"; } catch (e) { return e.name; } });
show("named groups make \\k strict", () => { try { new RegExp("\\k<x>(?<y>.)"); return "ok"; } catch (e) { return e.name; } });
