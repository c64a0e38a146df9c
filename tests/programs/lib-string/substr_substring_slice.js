// substr (Annex B), substring and slice: argument clamping and ordering
const s = "abcdef";
const args = [[], [2], [-2], [2, 2], [-3, 2], [4, 1], [1, 4], [NaN, 2], [2, NaN], [-Infinity, 3], [Infinity], [1, -1], [-1, -2], [0, Infinity], ["1", "3"], [undefined, 2], [2, undefined], [1.7, 3.2], [-0, 1], [null, null], [10, 2], [-10, 20]];
for (const a of args) {
  console.log(JSON.stringify(a), JSON.stringify(s.substr(...a)), JSON.stringify(s.substring(...a)), JSON.stringify(s.slice(...a)));
}
const log = [];
const mk = (name, v) => ({ valueOf() { log.push(name); return v; } });
s.substr(mk("start", 1), mk("len", 2)); s.substring(mk("a", 1), mk("b", 2)); s.slice(mk("x", 1), mk("y", 2));
console.log(log.join(","));
console.log("😀ab".substr(1, 2).length, "😀ab".slice(-3, -1).charCodeAt(0).toString(16));
console.log(String.prototype.substr.call(12345, 1, 3), String.prototype.substring.call(true, 1), String.prototype.slice.call(null === null ? "q" : 1));
for (const m of ["substr", "substring", "slice"]) {
  try { String.prototype[m].call(undefined, 0); } catch (e) { console.log(e.name, e.message); }
  console.log(m, String.prototype[m].length);
}
