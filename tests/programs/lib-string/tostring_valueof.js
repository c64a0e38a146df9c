// String.prototype.toString / valueOf: thisStringValue and its errors
console.log("abc".toString(), new String("w").valueOf(), String.prototype.toString.call("p"), typeof new String("q").valueOf());
for (const v of [1, true, null, undefined, {}, [], Symbol(), 1n, Object(1), { toString() { return "x"; } }]) {
  for (const m of ["toString", "valueOf"]) {
    try { String.prototype[m].call(v); console.log("no error"); } catch (e) { console.log(m, e.name, e.message); }
  }
}
const o = Object.create(String.prototype);
try { o.toString(); } catch (e) { console.log("proto-only", e.name); }
console.log(String.prototype.toString(), JSON.stringify(String.prototype.valueOf()), String.prototype.toString.length, String.prototype.valueOf.name);
class S extends String {}
console.log(new S("sub").toString(), new S("sub").valueOf());
