// ^ $ with and without m, . with and without s, and combinations with other flags
function show(label, f) {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
var text = "first line\nsecond line\r\nthird\u2028fourth\u2029fifth";
show("^ no m", () => text.match(/^\w+/g));
show("^ m", () => text.match(/^\w+/gm));
show("$ no m", () => text.match(/\w+$/g));
show("$ m", () => text.match(/\w+$/gm));
show("^$ m empty lines", () => "a\n\nb".match(/^$/gm).length);
show("split lines", () => text.split(/\r?\n|\u2028|\u2029/));
show("dot no s", () => text.match(/line./g));
show("dot s", () => text.match(/line./gs));
show("dotAll flag", () => [/./s.dotAll, /./.dotAll]);
show("[^] vs .", () => ["\n".match(/[^]/) !== null, "\n".match(/./) !== null]);
show("ms combined", () => "a\nb\nc".match(/^b.c$/ms));
show("m with sticky", () => { var r = /^x/my; r.lastIndex = 2; return r.test("a\nx"); });
show("m with lookbehind", () => "ab\ncd".match(/(?<=^)\w/gm));
show("\\r\\n counts twice", () => "a\r\nb".match(/^/gm).length);
show("$ before \\n only with m", () => [/a$/.test("a\nb"), /a$/m.test("a\nb")]);
show("s with quantifier", () => /<!--.*-->/s.exec("<!-- a\nb -->x")[0].length);
show("s u astral", () => /^.$/su.test("\u{1F600}"));
show("multiline flag", () => /x/m.multiline);
show("replace ^ m", () => "a\nb\nc".replace(/^/gm, "> "));
show("replace $ m", () => "a\nb".replace(/$/gm, ";"));
show("line count", () => ("one\ntwo\nthree\n".match(/\n/g) || []).length);
show("trim each line", () => "  a  \n  b  ".replace(/^\s+|\s+$/gm, ""));
