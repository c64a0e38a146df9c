function* inner() { const a = yield 1; console.log("inner got", a); try { yield 2; } catch (e) { console.log("inner caught", e); yield 3; } finally { console.log("inner finally"); } return "inner result"; }
function* outer() { const r = yield* inner(); console.log("yield* value:", r); yield 4; }
const g = outer();
console.log(g.next("ignored"), g.next("A"), g.throw("boom"), g.next(), g.next());
const g2 = outer(); g2.next(); g2.next(); console.log(g2.return("early"), g2.next());
function* arr() { const v = yield* [10, 20]; console.log("array yield* value", v); }
console.log([...arr()]);
const custom = { [Symbol.iterator]() { let i = 0; return { next(x) { console.log("next sent", x); return { value: i++, done: i > 2 }; }, return(v) { console.log("custom return", v); return { value: v, done: true }; } }; } };
function* viaCustom() { yield* custom; }
const vc = viaCustom(); console.log(vc.next("x"), vc.next("y"), vc.next("z"));
const vc2 = viaCustom(); vc2.next(); console.log(vc2.return(99));
function* noThrow() { yield* { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return() { console.log("closed on throw"); return {}; } }; } }; }
const nt = noThrow(); nt.next(); try { nt.throw(new Error("x")); } catch (e) { console.log(e.constructor.name, e.message); }
function* delegateResult() { const res = yield* (function* () { yield "a"; return "b"; })(); yield res; }
console.log([...delegateResult()]);
