// Annex B HTML methods: tags, attribute quoting, coercion order and errors
const methods = [["anchor", 1], ["big", 0], ["blink", 0], ["bold", 0], ["fixed", 0], ["fontcolor", 1], ["fontsize", 1], ["italics", 0], ["link", 1], ["small", 0], ["strike", 0], ["sub", 0], ["sup", 0]];
for (const [m, len] of methods) {
  console.log(m, String.prototype[m].length === len, String.prototype[m].name, "text"[m]('a"b"c'), "x"[m]());
}
console.log("t".anchor(), "t".link(null), "t".fontsize(7), "t".fontcolor({ toString() { return "red"; } }), "t".anchor("&<>'"));
console.log(String.prototype.bold.call(12), String.prototype.link.call(true, "u"));
for (const m of ["anchor", "bold"]) {
  try { String.prototype[m].call(undefined); } catch (e) { console.log(e.name, e.message); }
}
const log = [];
String.prototype.anchor.call({ toString() { log.push("this"); return "T"; } }, { toString() { log.push("attr"); return "A"; } });
console.log(log.join(","));
try { "a".anchor(Symbol()); } catch (e) { console.log(e.name, e.message); }
