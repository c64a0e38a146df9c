// character classes and escapes: ranges, \d\w\s, negation, control escapes, Annex B forms
function show(label, f) {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
show("\\d", () => "a1٣".match(/\d/g));
show("\\D", () => "a1".match(/\D/g));
show("\\w", () => "a_1-é".match(/\w/g));
show("\\W", () => "a_1-é".match(/\W/g));
show("\\s", () => " \t\n\v\f\r\u00a0\u1680\u2000\u2028\u2029\u202f\u205f\u3000\ufeff".match(/\s/g).length);
show("\\s not", () => /\s/.test("\u180e"));
show("\\S", () => "a b".match(/\S/g));
show("[\\b]", () => /[\b]/.test("\b"));
show("\\b", () => "a b".replace(/\b/g, "|"));
show("\\B", () => "ab".replace(/\B/g, "|"));
show("range", () => "a-z".match(/[a\-z]/g));
show("dash end", () => "a-".match(/[a-]/g));
show("dash start", () => "-a".match(/[-a]/g));
show("caret literal", () => /[a^]/.test("^"));
show("empty class", () => /[]/.test("a"));
show("negated empty", () => /[^]/.test("\n"));
show("class escapes", () => "a1 ".match(/[\d\s]/g));
show("\\cA", () => /\cA/.test("\x01"));
show("\\ca", () => /\ca/.test("\x01"));
show("\\c1 annexB", () => /\c1/.test("\\c1"));
show("[\\c1] annexB", () => /[\c1]/.test("\x11"));
show("[\\c_] annexB", () => /[\c_]/.test("\x1f"));
show("\\0", () => /\0/.test("\0"));
show("octal annexB", () => /\101/.test("A"));
show("octal in class", () => /[\101]/.test("A"));
show("\\x incomplete", () => /\x4/.test("x4"));
show("\\u incomplete", () => /\u12/.test("u12"));
show("identity escapes", () => /\q\!\-/.test("q!-"));
show("\\k annexB", () => /\k/.test("k"));
show("\\8", () => /\8/.test("8"));
show("range with escape", () => /[\x41-\x43]+/.exec("ABCD")[0]);
show("range class escape annexB", () => /[\d-z]+/.exec("1-z")[0]);
show("\\f\\n\\r\\t\\v", () => /\f\n\r\t\v/.test("\f\n\r\t\v"));
show("\\/", () => /\//.source);
show("dot line terminators", () => ["\n", "\r", "\u2028", "\u2029", "\u0085"].map(c => /./.test(c)));
show("^$ empty", () => /^$/.test(""));
show("$ before newline", () => /a$/.test("a\n"));
show("$ m", () => /a$/m.test("a\n"));
show("m line terminators", () => "a\rb\u2028c".match(/^\w/gm));
