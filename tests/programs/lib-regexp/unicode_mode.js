// u flag: surrogate pairs as one character, \u{...}, lastIndex inside a pair, property escapes
function show(label, f) {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
var smile = "\u{1F600}";
show("dot no u", () => /^.$/.test(smile));
show("dot u", () => /^.$/u.test(smile));
show("class u", () => /^[\u{1F600}-\u{1F64F}]$/u.test(smile));
show("negated class u", () => /^[^a]$/u.test(smile));
show("negated class no u", () => smile.match(/[^a]/g).length);
show("quantifier u", () => /^\u{1F600}{2}$/u.test(smile + smile));
show("quantifier no u", () => /^\ud83d\ude00{2}$/.test(smile + "\ude00"));
show("\\u{} no u", () => /\u{3}/.test("uuu"));
show("lone lead u", () => /\ud83d/u.test(smile));
show("lone lead no u", () => /\ud83d/.test(smile));
show("lone trail u", () => /\ude00/u.test(smile));
show("lone trail alone", () => /\ude00/u.test("a\ude00"));
show("pair escape u", () => /\ud83d\ude00/u.test(smile));
show("lastIndex in pair g", () => { var r = /./gu; r.lastIndex = 1; var m = r.exec(smile + "x"); return [m.index, m[0].length, r.lastIndex]; });
show("lastIndex in pair no u", () => { var r = /./g; r.lastIndex = 1; var m = r.exec(smile + "x"); return [m.index, m[0].length, r.lastIndex]; });
show("sticky in pair", () => { var r = /\ude00/y; r.lastIndex = 1; return r.test(smile); });
show("match all u", () => (smile + "a" + smile).match(/./gu));
show("length", () => (smile + "a").match(/./gu).map(s => s.length));
show("\\p{L}", () => "aé漢1".match(/\p{L}/gu));
show("\\P{L}", () => "aé漢1!".match(/\P{L}/gu));
show("\\p{Script=Greek}", () => "aαβ".match(/\p{Script=Greek}/gu));
show("\\p{sc=Han}", () => /\p{sc=Han}/u.test("漢"));
show("\\p{scx=Hira}", () => /\p{scx=Hira}/u.test("ー"));
show("\\p{Lu}", () => "aBcD".match(/\p{Lu}/gu));
show("\\p{gc=Nd}", () => "x٣5".match(/\p{gc=Nd}/gu));
show("\\p{Emoji}", () => /\p{Emoji}/u.test(smile));
show("\\p{ASCII}", () => /^\p{ASCII}+$/u.test("abc~"));
show("\\p{Any}", () => /^\p{Any}$/u.test(smile));
show("\\p{Assigned}", () => /\p{Assigned}/u.test("a"));
show("\\p in class", () => "a1_!".match(/[\p{L}\p{N}]/gu));
show("\\p without u", () => /\p{L}/.test("p{L}"));
show("identity escape u", () => { try { new RegExp("\\z", "u"); return "ok"; } catch (e) { return e.name; } });
show("\\u{10FFFF}", () => /\u{10FFFF}/u.test("\u{10FFFF}"));
show("\\w u", () => /\w/u.test("é"));
show("source u", () => /\u{1F600}/u.source);
show("replace u", () => (smile + smile).replace(/\u{1F600}/gu, "x"));
show("split u", () => ("a" + smile + "b").split(/(?:)/u));
show("search u", () => ("ab" + smile).search(/\u{1F600}/u));
show("surrogate range no u", () => /[\ud83d\ude00]/.exec(smile)[0].length);
show("case fold u class", () => /[\u{10400}]/iu.test("\u{10428}"));
