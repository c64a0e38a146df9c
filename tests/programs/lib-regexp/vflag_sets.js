// v flag (unicodeSets): set operations, nested classes, \q{} strings, properties
function show(label, f) {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
show("intersection", () => "abcd12".match(/[\p{L}&&[a-c]]/gv));
show("subtraction", () => "abcd".match(/[[a-d]--[bc]]/gv));
show("nested union", () => "ab1-".match(/[[a-b][0-9]]/gv));
show("\\q string", () => "xabcx".match(/[\q{abc|x}]/gv));
show("\\q longest first", () => /[\q{a|ab|abc}]/v.exec("abc")[0]);
show("\\q empty", () => /^[\q{}]$/v.test(""));
show("flags", () => new RegExp("a", "v").flags);
show("unicodeSets", () => [/a/v.unicodeSets, /a/u.unicodeSets]);
show("astral", () => /^.$/v.test("\u{1F600}"));
show("case insensitive", () => /[\p{Lu}&&[A-Z]]/iv.test("q"));
show("negated", () => "abc".match(/[^[ab]]/gv));
show("complement P i", () => [/\P{Ll}/iu.test("a"), /\P{Ll}/iv.test("a")]);
show("escape required", () => { try { new RegExp("[(]", "v"); return "ok"; } catch (e) { return e.message; } });
show("double punct", () => { try { new RegExp("[a&&&b]", "v"); return "ok"; } catch (e) { return e.message; } });
show("mixed ops", () => { try { new RegExp("[a&&b--c]", "v"); return "ok"; } catch (e) { return e.message; } });
show("negated strings", () => { try { new RegExp("[^\\q{ab}]", "v"); return "ok"; } catch (e) { return e.message; } });
show("uv", () => { try { new RegExp("a", "uv"); return "ok"; } catch (e) { return e.message; } });
show("escaped ops", () => "a&b".match(/[\&]/gv));
show("range in v", () => "aqz".match(/[a-q]/gv));
show("split v", () => "a1b2c".split(/[\d]/v));
show("replace v", () => "a-b_c".replace(/[\p{P}--[_]]/gv, "+"));
show("source v", () => /[[a]--[b]]/v.source);
show("literal slash in nested class", () => String(new RegExp("[[/]]", "v")));
