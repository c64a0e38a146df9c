// slice vs substring vs substr argument handling; at and codePointAt on surrogate halves
const s = "abcdefgh";
const args = [[], [2], [-2], [2, 5], [5, 2], [-3, -1], [-1, -3], [NaN, 3], [3, NaN], [-Infinity, Infinity], [Infinity], [2, undefined], [undefined, 2], [1.7, 4.2], [-0.5, 2], ["3", "1"], [null, 4], [100, -100], [4, -4]];
for (const a of args) {
  const label = JSON.stringify(a.map(x => x === undefined ? "u" : typeof x === "number" && !isFinite(x) ? String(x) : x));
  console.log(label.padEnd(22), JSON.stringify(s.slice(...a)), JSON.stringify(s.substring(...a)), JSON.stringify(s.substr(...a)));
}
// coercion order start then end, each once
const log = [];
const st = { valueOf() { log.push("start"); return 1; } }, en = { valueOf() { log.push("end"); return 3; } };
s.slice(st, en); s.substring(st, en); s.substr(st, en);
console.log(log.join(","));
// at with negatives and coercions
const t = "x\uD83D\uDE00y";
for (const i of [0, 1, 2, 3, 4, -1, -2, -3, -4, -5, 1.9, -1.9, NaN, "1", null, Infinity, -Infinity, undefined]) {
  const r = t.at(i);
  console.log(String(i), r === undefined ? "undef" : r.length + ":" + r.charCodeAt(0).toString(16), t.codePointAt(i)?.toString(16) ?? "undef", t.charAt(i) === "" ? "empty" : t.charAt(i).charCodeAt(0).toString(16), String(t.charCodeAt(i)));
}
// codePointAt on lone surrogates
console.log("\uD83D".codePointAt(0).toString(16), "\uDE00".codePointAt(0).toString(16), "\uDE00\uD83D".codePointAt(0).toString(16), "\uD83Dx".codePointAt(0).toString(16), "\uD83D\uD83D\uDE00".codePointAt(0).toString(16), "\uD83D\uD83D\uDE00".codePointAt(1).toString(16));
console.log(String.fromCodePoint(0x1F600).at(-1).charCodeAt(0).toString(16), [..."a\uD83D\uDE00b"].length, "a\uD83D\uDE00b".length);
try { String.prototype.at.call(undefined, 0); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
try { "abc".slice(Symbol()); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
console.log(String.prototype.at.call(12345, -2), String.prototype.slice.call(true, 1, -1), String.prototype.substr.call([1, 2, 3], -3));
console.log(String.prototype.slice.length, String.prototype.substring.length, String.prototype.substr.length, String.prototype.at.length, String.prototype.codePointAt.length);
