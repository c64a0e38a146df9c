// Annex B escape / unescape
let s = ""; for (let i = 0; i < 128; i++) s += String.fromCharCode(i);
console.log(escape(s));
console.log(escape("äöü€😀\u0100\uffff\u00ff"), escape(""), escape(), escape(null), escape(12.5));
console.log(unescape(escape(s)) === s, unescape("%u0041%41%u00e9%E9%uD83D%uDE00"));
for (const t of ["%", "%4", "%41%", "%u", "%u12", "%u123", "%u12345", "%uXYZW", "%zz", "%%41", "%u%41", "a%2", "%U0041", "%41%u0042%43"]) console.log(JSON.stringify(t), JSON.stringify(unescape(t)));
console.log(escape.length, unescape.length, escape.name, unescape.name, typeof escape, Object.getOwnPropertyDescriptor(globalThis, "unescape").writable);
try { escape(Symbol()); } catch (e) { console.log(e.name, e.message); }
try { unescape({ toString() { throw new RangeError("inner"); } }); } catch (e) { console.log(e.name, e.message); }
console.log(escape({ toString() { return "a b"; } }), unescape(["%41", "%42"]));
