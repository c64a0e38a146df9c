// String.prototype.split with regexps: captures, limits, empty matches, unicode
function show(label, f) {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
show("basic", () => "a, b ,c".split(/\s*,\s*/));
show("captures", () => "a1b2c".split(/(\d)/));
show("optional capture", () => "a1b-c".split(/(\d)?-?/));
show("nested captures", () => "a12b".split(/((\d)(\d))/));
show("limit 0", () => "a,b".split(/,/, 0));
show("limit 1", () => "a,b".split(/,/, 1));
show("limit with captures", () => "a1b2c".split(/(\d)/, 2));
show("limit 3 captures", () => "a1b2c".split(/(\d)/, 3));
show("limit -1", () => "a,b,c".split(/,/, -1));
show("limit 2^32+1", () => "a,b,c".split(/,/, 4294967297));
show("limit NaN", () => "a,b".split(/,/, NaN));
show("limit string", () => "a,b,c".split(/,/, "2"));
show("empty regex", () => "abc".split(/(?:)/));
show("empty regex unicode", () => "a\u{1F600}b".split(/(?:)/u).length);
show("empty regex no unicode", () => "a\u{1F600}b".split(/(?:)/).length);
show("empty string", () => "".split(/x/));
show("empty string match", () => "".split(/(?:)/));
show("empty string star", () => "".split(/a*/));
show("leading sep", () => ",a".split(/,/));
show("trailing sep", () => "a,".split(/,/));
show("only sep", () => ",".split(/,/));
show("star", () => "abc".split(/b*/));
show("lookahead", () => "camelCaseString".split(/(?=[A-Z])/));
show("lookbehind", () => "a1b2c3".split(/(?<=\d)/));
show("global ignored", () => "a,b".split(/,/g));
show("sticky ignored", () => "a,b,c".split(/,/y));
show("case insensitive", () => "aXbxc".split(/x/i));
show("multiline", () => "a\nb\nc".split(/^/m));
show("dotall", () => "a\nb".split(/./s));
show("string sep", () => "a--b--c".split("--"));
show("string empty sep", () => "abc".split(""));
show("string empty sep limit", () => "abc".split("", 2));
show("undefined sep", () => "a,b".split(undefined));
show("undefined sep limit 0", () => "a,b".split(undefined, 0));
show("null sep", () => "anullb".split(null));
show("number sep", () => "1a1b".split(1));
show("surrogate sep", () => "a\u{1F600}b".split("\uD83D").length);
show("unicode class", () => "a\u{1F600}b\u{1F601}c".split(/[\u{1F600}-\u{1F64F}]/u));
show("number this", () => String.prototype.split.call(12321, /2/));
show("null this", () => String.prototype.split.call(null, /2/));
show("limit before sep tostring", () => { var log = []; "ab".split({ toString() { log.push("sep"); return "a"; } }, { valueOf() { log.push("lim"); return 5; } }); return log; });
show("long", () => "x".repeat(20).split(/(x)/).length);
