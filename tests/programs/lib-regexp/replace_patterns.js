// String.prototype.replace with every $ pattern of GetSubstitution
function show(label, f) {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
var s = "John Smith";
show("swap", () => s.replace(/(\w+)\s(\w+)/, "$2, $1"));
show("$$", () => s.replace(/John/, "$$"));
show("$&", () => s.replace(/John/, "[$&]"));
show("$`", () => s.replace(/Smith/, "[$`]"));
show("$'", () => s.replace(/John/, "[$']"));
show("$0", () => s.replace(/(John)/, "$0"));
show("$00", () => s.replace(/(John)/, "$00"));
show("$01", () => s.replace(/(John)/, "$01"));
show("$1 no group", () => s.replace(/John/, "$1"));
show("$10 one group", () => s.replace(/(John)/, "$10"));
show("$10 ten groups", () => "abcdefghij".replace(/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)/, "$10-$1"));
show("$11 ten groups", () => "abcdefghij".replace(/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)/, "$11"));
show("$99", () => "ab".replace(/(a)/, "$99"));
show("$2 undefined", () => "ab".replace(/(a)|(z)/, "[$2]"));
show("trailing $", () => "ab".replace(/a/, "x$"));
show("$x", () => "ab".replace(/a/, "$x"));
show("$<name>", () => "2024-05".replace(/(?<y>\d+)-(?<m>\d+)/, "$<m>/$<y>"));
show("$<missing>", () => "2024-05".replace(/(?<y>\d+)-(?<m>\d+)/, "[$<q>]"));
show("$< unclosed", () => "2024-05".replace(/(?<y>\d+)/, "$<y"));
show("$<> no groups", () => "ab".replace(/(a)/, "$<x>"));
show("$<empty>", () => "ab".replace(/(?<x>a)/, "$<>"));
show("string search $&", () => "abc".replace("b", "[$&]"));
show("string search $1", () => "abc".replace("b", "[$1]"));
show("string search $`$'", () => "abc".replace("b", "[$`|$']"));
show("string search $<", () => "abc".replace("b", "$<x>"));
show("global $&", () => "aaa".replace(/a/g, "$&$&"));
show("global $`", () => "abc".replace(/./g, "$`"));
show("global $'", () => "abc".replace(/./g, "$'"));
show("empty match", () => "abc".replace(/x*/g, "-"));
show("empty match $'", () => "ab".replace(/(?:)/g, "[$']"));
show("replace number", () => "a1".replace(/1/, 2));
show("replace undefined", () => "ab".replace(/b/));
show("replace null", () => "ab".replace(/b/, null));
show("search undefined", () => "undefined".replace(undefined, "x"));
show("search null", () => "null-null".replace(null, "x"));
show("replaceAll $&", () => "a.b.c".replaceAll(".", "[$&]"));
show("replaceAll empty", () => "abc".replaceAll("", "-"));
show("replaceAll $`", () => "abab".replaceAll("b", "$`"));
show("replaceAll g", () => "a1b22".replaceAll(/\d/g, "#"));
show("replaceAll non-g", () => "a1".replaceAll(/\d/, "#"));
show("named backslash", () => "x".replace(/(?<a>x)/, "$<a>$<a>"));
