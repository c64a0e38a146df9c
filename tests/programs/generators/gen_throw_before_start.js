function* g() { try { yield 1; } catch (e) { console.log("never"); } }
const it = g();
try { it.throw(new Error("early")); } catch (e) { console.log("thrown:", e.message); }
console.log(it.next());
const it2 = g();
console.log(it2.return("early return"), it2.next());
const it3 = g();
it3.next(); it3.next();
try { it3.throw("after done"); } catch (e) { console.log("done gen rethrows:", e); }
console.log(it3.return(5));
