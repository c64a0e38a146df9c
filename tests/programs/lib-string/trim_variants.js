// trim / trimStart / trimEnd / trimLeft / trimRight: the WhiteSpace and LineTerminator sets
const ws = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
const s = ws + "a b" + ws;
console.log(JSON.stringify(s.trim()), s.trimStart().length, s.trimEnd().length);
for (const c of [..."\u180e\u200b\u0085\u00ad\u2060\u0000"]) {
  console.log(c.charCodeAt(0).toString(16), (c + "x" + c).trim().length, (c + "x").trimStart().length);
}
for (const c of ws) console.log(c.charCodeAt(0).toString(16), ("x" + c).trimEnd() === "x", (c + "x").trimLeft() === "x");
console.log(String.prototype.trimLeft === String.prototype.trimStart, String.prototype.trimRight === String.prototype.trimEnd);
console.log(String.prototype.trimLeft.name, String.prototype.trimRight.name, String.prototype.trim.length);
for (const m of ["trim", "trimStart", "trimEnd", "trimLeft", "trimRight"]) {
  try { String.prototype[m].call(null); } catch (e) { console.log(m, e.name, e.message); }
  console.log(m, JSON.stringify(String.prototype[m].call({ toString() { return "  o  "; } })), JSON.stringify(String.prototype[m].call(-0)));
}
