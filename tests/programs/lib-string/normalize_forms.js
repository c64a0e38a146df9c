// String.prototype.normalize: NFC / NFD / NFKC / NFKD, default form, errors and coercion
const hex = s => [...s].map(c => c.codePointAt(0).toString(16).padStart(4, "0")).join(" ");
const samples = ["\u1E9B\u0323", "é", "e\u0301", "\u212B", "\u2126", "ﬁ", "①", "ｶﾞ", "\uAC00", "\u1100\u1161\u11A8", "a\u0328\u0301", "\u0958", "x😀y", "\ud800", "\u00c5\u0301", ""];
for (const s of samples) {
  console.log(hex(s), "|", hex(s.normalize()), "|", hex(s.normalize("NFD")), "|", hex(s.normalize("NFKC")), "|", hex(s.normalize("NFKD")));
}
console.log("e\u0301".normalize(undefined).length, "e\u0301".normalize("NFC") === "é");
for (const f of ["nfc", "NFC ", "", null, "NFKD\0", 1]) {
  try { "a".normalize(f); console.log("ok", f); } catch (e) { console.log(e.name, e.message); }
}
try { "a".normalize(Symbol()); } catch (e) { console.log(e.name, e.message); }
try { String.prototype.normalize.call(null); } catch (e) { console.log(e.name, e.message); }
const order = [];
try {
  String.prototype.normalize.call({ toString() { order.push("this"); return "x"; } }, { toString() { order.push("form"); return "bad"; } });
} catch (e) { order.push(e.name); }
console.log(order.join(","));
console.log(String.prototype.normalize.length, String.prototype.normalize.name);
