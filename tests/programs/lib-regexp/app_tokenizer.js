// a sticky-regex tokenizer for a small expression language, then a recursive-descent evaluator
var TOKEN = /\s*(?:(?<num>\d+(?:\.\d+)?(?:e[+-]?\d+)?)|(?<id>[A-Za-z_]\w*)|(?<str>"(?:[^"\\]|\\.)*")|(?<op>\*\*|[-+*\/%()^,=<>!]=?|&&|\|\|))/y;
function tokenize(src) {
  var out = [], m;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length && (m = TOKEN.exec(src))) {
    var g = m.groups;
    var kind = Object.keys(g).find(k => g[k] !== undefined);
    if (!kind) break;
    out.push([kind, g[kind]]);
  }
  if (/\S/.test(src.slice(TOKEN.lastIndex))) out.push(["error", src.slice(TOKEN.lastIndex)]);
  return out;
}
var srcs = ["1 + 2 * 3", "x = foo(1, 2.5e3) ** 2", 'greet("hi \\"there\\"") && ok', "a <= b != c", "3 # 4", "   ", "max(1,2)"];
for (var s of srcs) console.log(JSON.stringify(s), "->", tokenize(s).map(t => t[0] + ":" + t[1]).join(" "));
function evaluate(src) {
  var toks = tokenize(src), i = 0;
  function peek() { return toks[i] && toks[i][1]; }
  function primary() {
    var t = toks[i++];
    if (t[0] === "num") return parseFloat(t[1]);
    if (t[1] === "(") { var v = expr(); i++; return v; }
    if (t[1] === "-") return -primary();
    throw new Error("bad token " + t[1]);
  }
  function power() { var b = primary(); if (peek() === "**") { i++; return b ** power(); } return b; }
  function term() { var v = power(); while (["*", "/", "%"].includes(peek())) { var op = toks[i++][1], r = power(); v = op === "*" ? v * r : op === "/" ? v / r : v % r; } return v; }
  function expr() { var v = term(); while (["+", "-"].includes(peek())) { var op = toks[i++][1], r = term(); v = op === "+" ? v + r : v - r; } return v; }
  return expr();
}
for (var e of ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "10 % 4 - -2", "1.5e1 / 3"]) console.log(e, "=", evaluate(e));
var big = "a1 + b2 * (c3 - 4) ".repeat(500);
console.log("big", tokenize(big).length);
