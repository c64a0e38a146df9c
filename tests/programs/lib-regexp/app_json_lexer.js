// a JSON lexer/parser written with one sticky regex, checked against JSON.parse
var LEX = /\s*(?:(?<str>"(?:[^"\\\u0000-\u001f]|\\["\\\/bfnrt]|\\u[0-9a-fA-F]{4})*")|(?<num>-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(?<lit>true|false|null)|(?<punct>[{}\[\]:,]))/y;
function parse(text) {
  var pos = 0;
  function next() {
    LEX.lastIndex = pos;
    var m = LEX.exec(text);
    if (!m) throw new SyntaxError("bad token at " + pos);
    pos = LEX.lastIndex;
    var g = m.groups;
    if (g.str !== undefined) return { t: "v", v: JSON.parse(g.str) };
    if (g.num !== undefined) return { t: "v", v: Number(g.num) };
    if (g.lit !== undefined) return { t: "v", v: g.lit === "null" ? null : g.lit === "true" };
    return { t: g.punct };
  }
  function value(tok) {
    if (tok.t === "v") return tok.v;
    if (tok.t === "[") {
      var arr = [], t = next();
      if (t.t === "]") return arr;
      for (;;) { arr.push(value(t)); t = next(); if (t.t === "]") return arr; if (t.t !== ",") throw new SyntaxError("expected ,"); t = next(); }
    }
    if (tok.t === "{") {
      var obj = {}, t = next();
      if (t.t === "}") return obj;
      for (;;) { var k = t.v; if (next().t !== ":") throw new SyntaxError("expected :"); obj[k] = value(next()); t = next(); if (t.t === "}") return obj; t = next(); }
    }
    throw new SyntaxError("unexpected " + tok.t);
  }
  var v = value(next());
  if (/\S/.test(text.slice(pos))) throw new SyntaxError("trailing");
  return v;
}
var samples = ['{"a":[1,2.5e3,-0.5,true,null],"b":{"c":"x\\ny\\u0041"},"d":[]}', "[]", '"\\"q\\""', " 42 ", '{"nested":[[[{"deep":false}]]]}', "[1,]", '{"a" 1}', "tru"];
for (var s of samples) {
  var ours, theirs;
  try { ours = JSON.stringify(parse(s)); } catch (e) { ours = e.name; }
  try { theirs = JSON.stringify(JSON.parse(s)); } catch (e) { theirs = e.name; }
  console.log(ours === theirs ? "same" : "DIFF", ours);
}
var big = JSON.stringify(Array.from({ length: 300 }, (_, i) => ({ id: i, name: "item" + i, tags: ["a", "b"], score: i / 7 })));
console.log(JSON.stringify(parse(big)) === big, big.length);
