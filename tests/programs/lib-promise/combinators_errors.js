// combinators: non-iterables reject (not throw), iterator errors, resolve lookup, closing iterators
function later(n = 40) { let p = Promise.resolve(); for (let i = 0; i < n; i++) p = p.then(() => {}); return p; }
const log = [];
function tag(t) { return [v => log.push(t + " ok " + String(v)), e => log.push(t + " " + e.constructor.name + ": " + e.message)]; }
for (const name of ["all", "allSettled", "any", "race"]) {
  for (const [d, arg] of [["undefined", undefined], ["number", 5], ["object", {}], ["null", null]]) {
    let p;
    try { p = Promise[name](arg); } catch (e) { log.push(name + " threw synchronously"); continue; }
    p.then(...tag(name + "(" + d + ")"));
  }
}
// iterator next throws -> rejects
const badIter = { [Symbol.iterator]() { return { next() { throw new RangeError("next failed"); } }; } };
Promise.all(badIter).then(...tag("next-throws"));
// Symbol.iterator getter throws
const badGetter = { get [Symbol.iterator]() { throw new SyntaxError("getter"); } };
Promise.race(badGetter).then(...tag("iter-getter"));
// Promise.resolve lookup happens once, before iteration; non-callable -> TypeError and iterator closed
const closes = [];
const closable = () => ({
  [Symbol.iterator]() {
    return { i: 0, next() { return this.i++ < 2 ? { value: this.i, done: false } : { done: true }; }, return() { closes.push("closed"); return {}; } };
  },
});
const saved = Promise.resolve;
Promise.resolve = 42;
Promise.all(closable()).then(...tag("bad-resolve"));
Promise.resolve = saved;
console.log("closes after bad resolve:", closes.join());
// resolve getter called once per combinator call
let gets = 0;
class Counting extends Promise {}
Object.defineProperty(Counting, "resolve", { get() { gets++; return Promise.resolve.bind(Counting); } });
Counting.all([1, 2, 3]);
Counting.race([1, 2]);
console.log("resolve gets:", gets);
// custom resolve sees each value
const seen = [];
class Seen extends Promise { static resolve(v) { seen.push(v); return super.resolve(v); } }
Seen.allSettled(["a", "b"]);
console.log("seen:", seen.join());
// this not a constructor
try { Promise.all.call(undefined, []); } catch (e) { console.log(e.constructor.name); }
try { Promise.race.call({}, []); } catch (e) { console.log(e.constructor.name); }
// element then throws -> iterator closed and rejection
const closes2 = [];
const throwingThen = { then() { throw new EvalError("then threw"); } };
const iter2 = {
  [Symbol.iterator]() {
    let i = 0;
    return { next() { return i++ === 0 ? { value: 1, done: false } : { done: true }; }, return() { closes2.push("ret"); return {}; } };
  },
};
Promise.all(iter2).then(...tag("ok-iter"));
Promise.all([throwingThen]).then(...tag("then-throws"));
later().then(() => { console.log(log.join("\n")); console.log("closes2:", closes2.join()); });
