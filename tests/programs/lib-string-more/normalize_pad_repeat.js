// normalize on composed/decomposed Latin, padStart/padEnd with multi-char fillers, repeat errors
const hex = s => [...s].map(c => c.codePointAt(0).toString(16).padStart(4, "0")).join(" ");
const samples = ["\u00E9", "e\u0301", "\u00C5", "A\u030A", "\u212B", "\u1E9B\u0323", "\uFB01", "\u0041\u0308\u0304", "\u01D5", "\u2460", "\u00BD", "\u1100\u1161\u11A8", "\uAC01", "o\u0308\u0301", "\u0071\u0307\u0323"];
for (const s of samples) {
  console.log(hex(s).padEnd(16), "|", ["NFC", "NFD", "NFKC", "NFKD"].map(f => hex(s.normalize(f))).join(" | "));
}
console.log("\u00E9" === "e\u0301".normalize(), "\u00E9".normalize() === "\u00E9".normalize(undefined), "abc".normalize("NFC"));
for (const f of ["nfc", "NFX", "", null, "NFC ", 1]) { try { "a".normalize(f); console.log("ok", f); } catch (e) { console.log(JSON.stringify(f), e.constructor.name + ": " + e.message); } }
try { String.prototype.normalize.call(null); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// normalize lone surrogates passes through
console.log(hex("\uD83D".normalize("NFD")), "\uD83D\uDE00".normalize("NFKC").length);
// padStart / padEnd
const pads = [[5], [5, "ab"], [6, "abc"], [2, "xyz"], [10, "123"], [7, ""], [8, undefined], [8, null], [8, 0], [-1, "z"], [NaN, "z"], [4.9, "-"], [6, "\uD83D\uDE00"]];
for (const [n, f] of pads) console.log(String(n), JSON.stringify(f), JSON.stringify("abc".padStart(n, f)), JSON.stringify("abc".padEnd(n, f)));
const log = [];
"ab".padStart({ valueOf() { log.push("len"); return 4; } }, { toString() { log.push("fill"); return "*"; } });
"ab".padStart({ valueOf() { log.push("len2"); return 1; } }, { toString() { log.push("fill2"); return "*"; } });
console.log(log.join(","));
try { "a".padEnd(2 ** 31); } catch (e) { console.log(e.constructor.name); }
// repeat
for (const n of [0, 1, 3, 2.9, "2", null, NaN, -0, -0.5]) console.log(String(n), JSON.stringify("ab".repeat(n)));
for (const n of [-1, Infinity, -Infinity, 2 ** 40]) { try { "ab".repeat(n); } catch (e) { console.log(String(n), e.constructor.name + ": " + e.message); } }
console.log(JSON.stringify("".repeat(2 ** 30)), JSON.stringify("".repeat(0)));
try { "".repeat(Infinity); } catch (e) { console.log("empty inf", e.constructor.name); }
try { "".repeat(-1); } catch (e) { console.log("empty neg", e.constructor.name); }
console.log(String.prototype.padStart.length, String.prototype.padEnd.length, String.prototype.repeat.length, String.prototype.normalize.length);
