function* g() { yield 1; throw new Error("inside"); }
const it = g();
console.log(it.next());
try { it.next(); } catch (e) { console.log("caught", e.message); }
console.log(it.next(), it.return(3));
function* h() { yield 1; }
const it2 = h();
it2.next();
try { it2.throw(new Error("injected")); } catch (e) { console.log("caught", e.message); }
console.log(it2.next());
