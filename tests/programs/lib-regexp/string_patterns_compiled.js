// strings passed to match / matchAll / search are compiled as patterns; replace / split use them literally
function show(label, f) {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
show("match dot", () => "abc".match(".")[0]);
show("match plus", () => "aaa".match("a+")[0]);
show("search dot", () => "x.y".search("."));
show("search escaped", () => "x.y".search("\\."));
show("replace dot literal", () => "x.y".replace(".", "!"));
show("split dot literal", () => "x.y".split("."));
show("replaceAll dot literal", () => "a.b.c".replaceAll(".", "/"));
show("matchAll string is global", () => [..."a.b.c".matchAll(".")].length);
show("matchAll escaped", () => [..."a.b.c".matchAll("\\.")].length);
show("match invalid", () => "x".match("(?<"));
show("search invalid", () => "x".search("["));
show("matchAll invalid", () => "x".matchAll(")"));
show("match number", () => "a12".match(12).index);
show("match undefined matches empty", () => "abc".match(undefined));
show("search undefined", () => "abc".search(undefined));
show("matchAll undefined", () => [..."ab".matchAll(undefined)].length);
show("match regexp-like object string", () => "[object Object]".match({}));
show("search with slash", () => "a/b".search("/"));
show("match with flags chars", () => "gi".match("gi")[0]);
show("replace $ pattern literal", () => "a$b".replace("$", "S"));
show("string with newline", () => "a\nb".search("\n"));
