// case-insensitive matching: without u (toUpperCase-based) and with u (simple case folding)
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
show("ascii", () => /abc/i.test("ABC"));
show("class", () => /[a-z]+/i.exec("HeLLo")[0]);
show("long s no u", () => /s/i.test("\u017f"));
show("long s u", () => /s/iu.test("\u017f"));
show("kelvin no u", () => /k/i.test("\u212a"));
show("kelvin u", () => /k/iu.test("\u212a"));
show("sharp s", () => /\u00df/i.test("SS"));
show("sigma", () => [/\u03c3/i.test("\u03a3"), /\u03c3/i.test("\u03c2"), /\u03c2/iu.test("\u03a3")]);
show("greek", () => /[α-ω]+/i.exec("ΑΒΓ")[0]);
show("cyrillic", () => /привет/i.test("ПРИВЕТ"));
show("turkish i", () => [/i/i.test("\u0130"), /i/iu.test("\u0130"), /i/i.test("\u0131"), /i/iu.test("\u0131")]);
show("backref i", () => /(a)\1/i.test("aA"));
show("backref i u", () => /(\u017f)\1/iu.test("\u017fs"));
show("backref i no u", () => /(\u017f)\1/i.test("\u017fs"));
show("negated class i", () => /[^a]/i.test("A"));
show("\\w i u", () => [/\w/iu.test("\u017f"), /\w/i.test("\u017f"), /\W/iu.test("\u017f")]);
show("\\b i u", () => /\b/iu.exec("\u017f").index);
show("range i", () => /[A-Z]/i.test("k"));
show("range u i astral", () => /\u{10400}/iu.test("\u{10428}"));
show("range no u astral", () => /\ud801\udc00/i.test("\ud801\udc28"));
show("escape i", () => /\u0041/i.test("a"));
show("armenian", () => /\u0587/iu.test("\u0587"));
show("case-insensitive replace", () => "Hello HELLO hello".replace(/hello/gi, "x"));
show("i split", () => "aXbxc".split(/x/i));
show("ignoreCase flag", () => /a/i.flags);
show("ß in class", () => /[ß]/iu.test("ẞ"));
show("ǅ titlecase", () => [/ǆ/i.test("ǅ"), /ǆ/iu.test("ǅ"), /Ǆ/iu.test("ǅ")]);
show("\\p{Lu} i", () => /\p{Lu}/iu.test("a"));
show("\\P{Lu} i", () => /\P{Lu}/iu.test("A"));
