// atob / btoa: forgiving base64, whitespace, padding and InvalidCharacterError
const enc = ["", "f", "fo", "foo", "foob", "fooba", "foobar", "\u00ff\u00fe", "\0\x01", "é", null, undefined, 12345, true];
for (const s of enc) console.log(JSON.stringify(String(s)), btoa(s));
const dec = ["", "Zg==", "Zg", "Zg=", "Zm9v", " Z m 9 v ", "Zm9\nv\t", "Zm9vYg", "Zm9vYg==", "Zm9vYmFy", "YR==", "//8=", "+/+/", "Zm9vYmE="];
for (const s of dec) {
  try { const r = atob(s); console.log(JSON.stringify(s), JSON.stringify(r), r.length); } catch (e) { console.log(JSON.stringify(s), e.name, e.code, e.message); }
}
const bad = ["a", "abcde", "Zg===", "Z===", "=Zg=", "Zg==Zg==", "Zm9v!", "-_", "Zm9\u00e9", "Zg= =", "ab\u000bcd"];
for (const s of bad) {
  try { console.log(JSON.stringify(s), JSON.stringify(atob(s))); } catch (e) { console.log(JSON.stringify(s), e.name, e.code, e.message, e instanceof Error); }
}
for (const s of ["\u0100", "a\u20acb", "😀"]) {
  try { btoa(s); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { atob(); } catch (e) { console.log(e.name, e.code, e.message); }
try { btoa(); } catch (e) { console.log(e.name, e.code, e.message); }
try { btoa(Symbol()); } catch (e) { console.log(e.name, e.message); }
console.log(atob(btoa("round trip ÿ")), atob.length, btoa.length, atob.name, typeof atob);
let all = ""; for (let i = 0; i < 256; i++) all += String.fromCharCode(i);
console.log(atob(btoa(all)) === all, btoa(all).length);
