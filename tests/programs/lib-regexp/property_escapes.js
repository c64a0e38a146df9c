// Unicode property escapes: general categories, scripts, binary properties, negation, in classes
function show(label, f) {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
var sample = "Aa1_ !é€漢字かカ한Ωж٣\u{1F600}\u00a0\u2028";
var props = ["L", "Lu", "Ll", "Letter", "Uppercase_Letter", "N", "Nd", "P", "S", "Sc", "Z", "Zs", "Zl", "gc=Lo", "General_Category=Symbol",
  "Script=Latin", "sc=Greek", "sc=Cyrillic", "sc=Han", "sc=Hiragana", "sc=Katakana", "sc=Hangul", "sc=Arabic", "scx=Arab",
  "Alphabetic", "White_Space", "Emoji", "Emoji_Presentation", "ASCII", "ASCII_Hex_Digit", "Uppercase", "Lowercase", "Ideographic", "Any"];
for (var p of props) {
  var re = new RegExp("\\p{" + p + "}", "gu");
  var m = sample.match(re) || [];
  console.log(p.padEnd(24), m.length, JSON.stringify(m.join("")));
}
show("negated", () => "a1!".match(/\P{L}/gu));
show("in class", () => "a1!_".match(/[\p{L}\p{Nd}]/gu).join(""));
show("negated class", () => "a1!_".match(/[^\p{L}\p{Nd}]/gu).join(""));
show("case-insensitive Lu", () => "aB".match(/\p{Lu}/giu).join(""));
show("invalid name", () => new RegExp("\\p{NotAProperty}", "u"));
show("invalid value", () => new RegExp("\\p{Script=NotAScript}", "u"));
show("gc value alone only for gc", () => new RegExp("\\p{Latin}", "u"));
show("binary with value", () => new RegExp("\\p{ASCII=Yes}", "u"));
show("lowercase name", () => new RegExp("\\p{ascii}", "u"));
show("loose matching not allowed", () => new RegExp("\\p{Upper Case}", "u"));
show("empty", () => new RegExp("\\p{}", "u"));
show("unterminated", () => new RegExp("\\p{L", "u"));
show("\\P in v class", () => "ab1".match(/[\P{L}]/gv));
show("script extensions", () => /\p{scx=Deva}/u.test("\u0964"));
show("script vs scx", () => [/\p{sc=Deva}/u.test("\u0964"), /\p{scx=Deva}/u.test("\u0964")]);
