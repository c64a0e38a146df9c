// lastIndex and AdvanceStringIndex around surrogate pairs in global and sticky loops
function show(label, f) {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
var s = "a\u{1F600}b\u{1F601}";
show("match empty g", () => s.match(/(?:)/g).length);
show("match empty gu", () => s.match(/(?:)/gu).length);
show("replace empty g", () => s.replace(/(?:)/g, "|").length);
show("replace empty gu", () => s.replace(/(?:)/gu, "|"));
show("split empty u", () => s.split(/(?:)/u));
show("matchAll empty gu", () => [...s.matchAll(/(?:)/gu)].map(m => m.index));
show("matchAll empty g", () => [...s.matchAll(/(?:)/g)].map(m => m.index));
show("exec lastIndex mid pair no u", () => { var r = /\uDE00/g; r.lastIndex = 2; var m = r.exec(s); return [m && m.index, r.lastIndex]; });
show("sticky mid pair u", () => { var r = /./uy; r.lastIndex = 2; var m = r.exec(s); return [m && m.index, m && m[0].length, r.lastIndex]; });
show("lone surrogates", () => "\uD800a\uDC00".match(/./gu).map(c => c.charCodeAt(0).toString(16)));
show("reversed pair", () => "\uDC00\uD800".match(/./gu).length);
show("search after pair", () => s.search(/b/u));
show("class with pair", () => s.replace(/[\u{1F600}\u{1F601}]/gu, "E"));
show("class without u splits pair", () => s.replace(/[\u{1F600}]/g, "E").length);
show("negated class u", () => s.match(/[^a]/gu));
show("quantified astral", () => /^\u{1F600}+$/u.test("\u{1F600}\u{1F600}"));
show("lookbehind astral", () => s.replace(/(?<=\u{1F600})b/u, "B"));
show("backref astral", () => /(.)\1/u.test("\u{1F600}\u{1F600}"));
show("backref astral no u", () => /(.)\1/.test("\u{1F600}\u{1F600}"));
show("d flag astral", () => /b/du.exec(s).indices[0]);
show("string iterator vs regex", () => [...s].length === s.match(/./gsu).length);
