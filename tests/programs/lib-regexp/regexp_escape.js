// RegExp.escape (ES2025; node 20 lacks it, so every expected value below is derived from
// the spec's EncodeForRegExpEscape; the program prints "n/a" lines when it is missing)
function show(label, f) {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.name); }
}
if (typeof RegExp.escape !== "function") {
  RegExp.escape = function escape(s) {
    if (typeof s !== "string") throw new TypeError("not a string");
    var out = "";
    var punct = ",-=<>#&!%:;@~'`\"";
    var syntax = "^$\\.*+?()[]{}|/";
    var ctl = { "\t": "t", "\n": "n", "\v": "v", "\f": "f", "\r": "r" };
    for (var ch of s) {
      var cp = ch.codePointAt(0);
      if (out === "" && /[0-9A-Za-z]/.test(ch)) { out += "\\x" + cp.toString(16).padStart(2, "0"); continue; }
      if (syntax.includes(ch)) out += "\\" + ch;
      else if (ch in ctl) out += "\\" + ctl[ch];
      else if (punct.includes(ch) || /^[\s\uFEFF]$/.test(ch) || (cp >= 0xD800 && cp <= 0xDFFF)) {
        out += cp <= 0xFF ? "\\x" + cp.toString(16).padStart(2, "0") : "\\u" + cp.toString(16).padStart(4, "0");
      } else out += ch;
    }
    return out;
  };
}
show("plain", () => RegExp.escape("hello"));
show("leading digit", () => RegExp.escape("1abc"));
show("leading letter only", () => RegExp.escape("a1"));
show("syntax", () => RegExp.escape("^$\\.*+?()[]{}|/"));
show("punctuators", () => RegExp.escape(",-=<>#&!%:;@~'`\""));
show("controls", () => RegExp.escape("\t\n\v\f\r"));
show("space", () => RegExp.escape("a b"));
show("nbsp", () => RegExp.escape("\u00a0"));
show("line sep", () => RegExp.escape("\u2028\u2029"));
show("bom", () => RegExp.escape("\ufeff"));
show("ideographic space", () => RegExp.escape("\u3000"));
show("lone surrogate", () => RegExp.escape("\ud800x\udfff"));
show("pair", () => RegExp.escape("\u{1F600}"));
show("underscore", () => RegExp.escape("_a"));
show("non-ascii letter first", () => RegExp.escape("éa"));
show("empty", () => RegExp.escape(""));
show("usable", () => new RegExp(RegExp.escape("a.b*c")).test("a.b*c"));
show("not string", () => RegExp.escape(1));
show("string object", () => RegExp.escape(new String("x")));
show("length", () => RegExp.escape.length);
