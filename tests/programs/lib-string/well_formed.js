// isWellFormed / toWellFormed on lone and paired surrogates
const strs = ["abc", "", "\ud800", "\udc00", "\ud800\udc00", "\udc00\ud800", "a\ud83d", "\ud83d\ude00\ud83d", "x\udfffy", "\ud800\ud800\udc00", "😀😀"];
for (const s of strs) {
  const w = s.toWellFormed();
  console.log(JSON.stringify(s), s.isWellFormed(), JSON.stringify(w), w.length === s.length, w.isWellFormed());
}
console.log(String.prototype.isWellFormed.call(123), String.prototype.toWellFormed.call(true));
console.log(String.prototype.isWellFormed.call({ toString() { return "\udead"; } }));
for (const m of ["isWellFormed", "toWellFormed"]) {
  try { String.prototype[m].call(undefined); } catch (e) { console.log(e.name, e.message); }
  console.log(m, String.prototype[m].length, String.prototype[m].name);
}
const s = "abc"; console.log(s.toWellFormed() === s);
