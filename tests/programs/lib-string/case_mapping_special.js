// toUpperCase / toLowerCase with full Unicode special casing
const cases = ["ß", "ﬀ", "ﬁ", "ﬃ", "ŉ", "ǰ", "ΐ", "և", "İ", "ı", "ǅ", "ǈ", "ǋ", "Ω", "K", "Å", "ſ", "ẞ", "ꭰ", "𐐀", "𐐨", "𞤀", "Straße", "ὈΔΥΣΣΕΎΣ"];
for (const c of cases) {
  const u = c.toUpperCase(), l = c.toLowerCase();
  console.log(c, u, u.length, l, l.length, [...l].map(x => x.codePointAt(0).toString(16)).join(" "));
}
// final sigma rules
for (const s of ["ΑΣ", "Σ", "ΑΣΑ", "ΑΣ.", "Α.Σ", "ΑΣ Β", "Α\u180eΣ", "Α\u180eΣ\u180eΒ", "ΑΣ\u0301", "ΑΣ'Β", "1Σ", "ΣΑΣ ΣΑΣ"]) {
  console.log(JSON.stringify(s), JSON.stringify(s.toLowerCase()));
}
console.log("hello WORLD 123".toUpperCase(), "HeLLo".toLowerCase(), "".toUpperCase() === "");
console.log("\ud801\udc00x\ud800".toLowerCase().length, "a\udc00".toUpperCase().charCodeAt(1).toString(16));
console.log(String.prototype.toUpperCase.call(true), String.prototype.toLowerCase.call(123n), String.prototype.toUpperCase.call({ toString() { return "obj"; } }));
