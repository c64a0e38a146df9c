const log = [];
function* g(x = log.push("default param")) { log.push("body start"); yield x; }
const it = g();
log.push("created");
it.next();
console.log(log.join(", "));
function* naturals() { let n = 0; while (true) yield n++; }
function* take(it, k) { for (const v of it) { if (k-- <= 0) return; yield v; } }
function* map(it, f) { for (const v of it) yield f(v); }
console.log([...take(map(naturals(), (x) => x * x), 5)]);
