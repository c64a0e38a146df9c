// trim/trimStart/trimEnd with every WhiteSpace and LineTerminator code point; near-misses stay
const ws = [0x9, 0xA, 0xB, 0xC, 0xD, 0x20, 0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF];
const notWs = [0x180E, 0x200B, 0x200C, 0x200D, 0x2060, 0x85, 0x1C, 0x1F, 0xFFFE, 0x0];
for (const c of ws) {
  const ch = String.fromCharCode(c);
  console.log(c.toString(16).padStart(4, "0"), JSON.stringify((ch + "x" + ch).trim()), (ch + "x" + ch).trimStart().length, (ch + "x" + ch).trimEnd().length, /\s/.test(ch), Number(ch + "5" + ch));
}
for (const c of notWs) {
  const ch = String.fromCharCode(c);
  console.log("not", c.toString(16).padStart(4, "0"), (ch + "x" + ch).trim().length, /\s/.test(ch), Number(ch + "5"), parseInt(ch + "5"), parseFloat(ch + "5"));
}
const all = ws.map(c => String.fromCharCode(c)).join("");
console.log(JSON.stringify((all + "mid dle" + all).trim()), (all + "a").trimStart(), ("a" + all).trimEnd(), all.trim() === "", Number(all), Number(all + "1e3" + all));
console.log(String.prototype.trimLeft === String.prototype.trimStart, String.prototype.trimRight === String.prototype.trimEnd, String.prototype.trimLeft.name, String.prototype.trimRight.name);
try { String.prototype.trim.call(null); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
console.log(String.prototype.trim.call(12), String.prototype.trim.call({ toString() { return "  obj  "; } }) + "|", [" a ", "\tb\n"].map(Function.prototype.call, String.prototype.trim).join("|"));
console.log(JSON.stringify("\uD83D\uDE00 ".trim()), JSON.stringify(" \u180E ".trim()), JSON.stringify(" \u180E ".trim().length));
console.log(parseInt("\u2028 42"), parseFloat("\uFEFF3.5"), +"\u3000 \n 7 \t", JSON.stringify(String(" x ".split(/\s/))));
