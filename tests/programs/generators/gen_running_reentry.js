let it;
function* g() { try { it.next(); } catch (e) { console.log(e.constructor.name); } yield 1; }
it = g();
console.log(it.next());
function* h() { yield it2.return(); }
const it2 = h();
try { it2.next(); } catch (e) { console.log("return while running:", e.constructor.name); }
console.log(it2.next());
