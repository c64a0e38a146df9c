// SyntaxError messages for invalid patterns and flags (V8's wording)
function tryRe(p, f) {
  try { new RegExp(p, f); console.log("ok", JSON.stringify(p), f || ""); } catch (e) { console.log(e.name + ": " + e.message); }
}
tryRe("(");
tryRe(")");
tryRe("[");
tryRe("a**");
tryRe("+a");
tryRe("a{2,1}");
tryRe("\\");
tryRe("(?<a>x)(?<a>y)");
tryRe("(?<a");
tryRe("\\k<b>(?<a>x)");
tryRe("[b-a]");
tryRe("(?");
tryRe("(?x)");
tryRe("\\p{Foo}", "u");
tryRe("\\p{L}");
tryRe("\\u{12}", "u");
tryRe("\\u{110000}", "u");
tryRe("\\c", "u");
tryRe("\\c");
tryRe("{", "u");
tryRe("{");
tryRe("a{1", "u");
tryRe("a{1");
tryRe("]", "u");
tryRe("\\1", "u");
tryRe("\\1");
tryRe("(a)\\2", "u");
tryRe("[\\d-a]", "u");
tryRe("[\\d-a]");
tryRe("(?<=a)*", "u");
tryRe("(?=a)*", "u");
tryRe("(?=a)*");
tryRe("\\-", "u");
tryRe("[\\-]", "u");
tryRe("\\a", "u");
tryRe("\\a");
tryRe("a", "gg");
tryRe("a", "G");
tryRe("a", "uv");
tryRe("a", "gimsuyd");
tryRe("[a&&b]", "v");
tryRe("[a&&&b]", "v");
tryRe("[(]", "v");
tryRe("[a-z--b]", "v");
tryRe("[^\\q{ab}]", "v");
tryRe("\\q{a}", "v");
tryRe("(?<𝒜>.)", "u");
tryRe("(?<a\\u0062>.)");
tryRe("x{99999999999}");
tryRe("x{2,}?");
try { eval("/(/"); } catch (e) { console.log("literal", e.name + ": " + e.message); }
try { eval("/a/gg"); } catch (e) { console.log("literal", e.name + ": " + e.message); }
try { eval("/a/x"); } catch (e) { console.log("literal", e.name + ": " + e.message); }
try { Function("return /[/"); } catch (e) { console.log("Function", e.name + ": " + e.message); }
