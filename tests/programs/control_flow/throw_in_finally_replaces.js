function f() {
  try { throw new Error("first"); } finally { throw new Error("second"); }
}
try { f(); } catch (e) { console.log(e.message); }
function g() {
  for (const x of [1]) { try { return "r"; } finally { throw new Error("finally throws over return"); } }
}
try { g(); } catch (e) { console.log(e.message); }
function h() {
  try { try { throw 1; } catch (e) { throw e + 1; } finally { console.log("inner finally"); } } catch (e) { return "outer caught " + e; }
}
console.log(h());
function k() { try { return "try"; } catch (e) { return "never"; } finally { } }
console.log(k());
