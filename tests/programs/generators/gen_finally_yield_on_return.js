function* g() { try { yield 1; } finally { yield "cleanup"; console.log("after cleanup yield"); } }
const it = g();
console.log(it.next());
console.log(it.return("R"));
console.log(it.next());
console.log(it.next());
function* h() { try { yield 1; } finally { yield "c"; } }
const i2 = h(); i2.next(); i2.return("x");
try { i2.throw(new Error("during cleanup")); } catch (e) { console.log("propagated:", e.message); }
console.log(i2.next());
