// Generator parameters are bound during the call: a destructuring / default error throws from the call, not from next().
function* g([a, b] = [1, 2], c = a + b) { console.log("body", a, b, c); yield a; yield c; }
var it = g(); console.log("created"); console.log(JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()));
try { g(null); console.log("no throw"); } catch (e) { console.log("call threw", e.constructor.name); }
function* h(x = (() => { throw new Error("boom"); })()) { yield 1; }
try { h(); } catch (e) { console.log("h", e.message); }
class C { *m({x}) { yield x; } static *s([y]) { yield y; } }
try { new C().m(); } catch (e) { console.log("m", e.constructor.name); }
try { C.s(); } catch (e) { console.log("s", e.constructor.name); }
var o = { *m(a = 5) { yield a; } };
console.log(o.m().next().value);
var r = g(); console.log(JSON.stringify(r.return(9)), JSON.stringify(r.next()));
var t = g(); try { t.throw(new Error("x")); } catch (e) { console.log("throw", e.message); } console.log(JSON.stringify(t.next()));
function* k(a) { arguments[0] = 3; yield a; } console.log(k(1).next().value);
var cnt = 0; function* d(a = ++cnt) { yield a; } var dd = d(); console.log(cnt); dd.next(); console.log(cnt);
function* rec(n) { if (n > 0) yield* rec(n - 1); yield n; } console.log([...rec(3)].join());
