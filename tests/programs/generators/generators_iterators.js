function* count(n) { for (let i = 0; i < n; i++) yield i; return "done"; }
const g = count(3);
console.log(g.next(), g.next(), g.next(), g.next(), g.next());
console.log([...count(5)], Array.from(count(2)));
for (const v of count(4)) { if (v === 2) break; console.log("v", v); }
function* fib() { let [a, b] = [0, 1]; while (true) { yield a; [a, b] = [b, a + b]; } }
const firsts = [];
for (const f of fib()) { if (f > 100) break; firsts.push(f); }
console.log(firsts);
function* echo() { let got = yield "ready"; while (true) got = yield "got " + got; }
const e = echo();
console.log(e.next().value, e.next(1).value, e.next("two").value);
function* inner() { yield 1; yield 2; }
function* outer() { yield 0; yield* inner(); yield* [3, 4]; yield 5; }
console.log([...outer()]);
const iterable = { from: 1, to: 4, [Symbol.iterator]() { let c = this.from, t = this.to; return { next: () => c <= t ? { value: c++, done: false } : { value: undefined, done: true }, return() { console.log("closed"); return {}; } }; } };
console.log([...iterable]);
for (const x of iterable) { if (x === 2) break; }
const [p, q] = iterable;
console.log(p, q);
function* withFinally() { try { yield 1; yield 2; } finally { console.log("gen cleanup"); } }
for (const x of withFinally()) { console.log(x); }
const gt = count(10);
gt.next();
try { gt.throw(new Error("injected")); } catch (err) { console.log("thrown out:", err.message); }
console.log(gt.next());
class Tree { constructor(v, kids = []) { this.v = v; this.kids = kids; } *[Symbol.iterator]() { yield this.v; for (const k of this.kids) yield* k; } }
console.log([...new Tree(1, [new Tree(2, [new Tree(3)]), new Tree(4)])]);
console.log(count, g, [].values(), typeof g.next, Object.prototype.toString.call(g));
