// String.prototype.split with string separators (the non-regexp path) and limits
function show(label, f) {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
show("basic", () => "a,b,c".split(","));
show("multi-char", () => "a<>b<>c".split("<>"));
show("not found", () => "abc".split("x"));
show("at start/end", () => ",a,".split(","));
show("adjacent", () => "a,,b".split(","));
show("empty string subject", () => "".split(","));
show("empty both", () => "".split(""));
show("empty sep", () => "héllo".split(""));
show("empty sep surrogates", () => "a\u{1F600}".split("").length);
show("limit 2", () => "a,b,c".split(",", 2));
show("limit 0", () => "a,b".split(",", 0));
show("limit larger", () => "a,b".split(",", 10));
show("limit negative wraps", () => "a,b,c".split(",", -1));
show("limit 2^32", () => "a,b".split(",", 4294967296));
show("limit float", () => "a,b,c".split(",", 1.9));
show("limit undefined", () => "a,b".split(",", undefined));
show("limit null", () => "a,b".split(",", null));
show("no args", () => "a,b".split());
show("sep is whole", () => "abc".split("abc"));
show("sep longer", () => "ab".split("abc"));
show("sep number", () => "102030".split(0));
show("sep boolean", () => "atruebtrue".split(true));
show("sep array", () => "a1,2b".split([1, 2]));
show("this number", () => String.prototype.split.call(1.5, "."));
show("this array", () => String.prototype.split.call(["a", "b"], ","));
show("overlapping", () => "aaaa".split("aa"));
show("unicode sep", () => "a→b→c".split("→"));
show("newline", () => "l1\nl2\n".split("\n"));
show("limit tostring throws", () => "a".split(",", { valueOf() { throw new Error("lim"); } }));
show("sep tostring throws", () => "a".split({ toString() { throw new Error("sep"); } }));
