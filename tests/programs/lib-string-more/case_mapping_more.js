// toUpperCase/toLowerCase specials: length-changing mappings, final sigma, Turkish i, titlecase digraphs
const hex = s => [...s].map(c => c.codePointAt(0).toString(16)).join(" ");
const samples = ["\u00DF", "\uFB00", "\uFB01", "\uFB03", "\u0149", "\u01F0", "\u0390", "\u1E96", "\u1F80", "\u1FB3", "\u0587", "\u0130", "\u0131", "\u01C4", "\u01C5", "\u01C6", "\u2126", "\u212A", "\u03C2", "\u1E9E", "\u0345", "\uD801\uDC28", "\uD801\uDC00", "\u10D0", "\uA7C0"];
for (const s of samples) {
  const u = s.toUpperCase(), l = s.toLowerCase();
  console.log(hex(s).padEnd(10), "U:", hex(u).padEnd(16), u.length, "L:", hex(l).padEnd(10), l.length);
}
// final sigma rules
for (const w of ["\u03A3", "A\u03A3", "\u03A3A", "A\u03A3A", "A\u03A3 B", "A\u03A3.", "A.\u03A3", "AB\u03A3\u03A3", "\u0391\u0301\u03A3", "A\u03A3\u0301"]) {
  console.log(JSON.stringify(w), hex(w.toLowerCase()));
}
console.log("I\u0307".toLowerCase().length, "\u0130".toLowerCase().length, "i\u0307".toUpperCase().length);
console.log("straße".toUpperCase(), "STRASSE".toLowerCase(), "ǅungla".toUpperCase(), "ǅungla".toLowerCase());
console.log("ﬃ".toUpperCase().length, "ΐ".toUpperCase().length, "ŉ".toUpperCase());
// non-string receivers
console.log(String.prototype.toUpperCase.call(true), String.prototype.toLowerCase.call(["A", "B"]), String.prototype.toUpperCase.call({ toString: () => "obj" }));
try { String.prototype.toLowerCase.call(undefined); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// lone surrogates unchanged
console.log(hex("\uD801".toLowerCase()), hex("\uDC00x".toUpperCase()));
// toLocale variants with default locale behave like plain on these
console.log("Title".toLocaleUpperCase() === "TITLE", "ÀÉÎ".toLocaleLowerCase(), "i".toLocaleUpperCase("en-US"), "\u0130".toLocaleLowerCase("en-US").length);
console.log(String.prototype.toUpperCase.length, String.prototype.toLocaleUpperCase.length);
