// JSON.parse: what is and is not JSON, coercion of the text argument
function t(s) {
  try { const v = JSON.parse(s); console.log("ok", JSON.stringify(s), typeof v, Object.is(v, -0) ? "-0" : JSON.stringify(v)); }
  catch (e) { console.log("err", JSON.stringify(s), e.constructor.name); }
}
["1", "-0", "1e3", "1E-2", "0.5", "-1.5e+2", "01", "1.", ".5", "+1", "0x10", "Infinity", "NaN"].forEach(t);
['"a"', "'a'", '"\\u0041"', '"\\x41"', '"\\/"', '"tab\there"', '"\\ud83d\\ude00"', '"\\uD800"'].forEach(t);
["true", "false", "null", "True", "nul", "undefined"].forEach(t);
["[]", "[1,]", "[,1]", "{}", '{"a":1,}', "{a:1}", '{"a" : 1 }', " \t\n\r1 ", "\u00a01", "1 2", ""].forEach(t);
["[1,[2,[3]]]", '{"":""}', '{"a":[{}]}'].forEach(t);
// argument coercion: ToString
console.log(JSON.parse(123), JSON.parse(null), JSON.parse(true));
console.log(JSON.parse({ toString() { return "[42]"; } })[0]);
try { JSON.parse(); } catch (e) { console.log(e.constructor.name); }
try { JSON.parse(Symbol()); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
console.log(JSON.parse(new String('"boxed"')));
// big numbers
console.log(JSON.parse("1e400"), JSON.parse("-1e400"), JSON.parse("1e-400"), JSON.parse("123456789012345678901234567890"));
console.log(JSON.parse("9007199254740993"), JSON.parse("0.1"), JSON.parse("-0.0"));
// deep nesting
console.log(JSON.parse("[".repeat(100) + "]".repeat(100)).length);
// lone surrogate escapes survive as code units
const s = JSON.parse('"\\udc00x"');
console.log(s.length, s.charCodeAt(0).toString(16));
console.log(JSON.parse('"\\u00e9"') === "\u00e9", JSON.parse('"\\b\\f\\n\\r\\t"').split("").map(c => c.charCodeAt(0)).join());
