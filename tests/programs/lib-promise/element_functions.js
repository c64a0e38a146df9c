// combinator element functions, then-getter lookups on promises, capability executor shape
const log = [];
function later(n = 40) { let p = Promise.resolve(); for (let i = 0; i < n; i++) p = p.then(() => {}); return p; }
// then getter on a real promise is consulted when it is used as a resolution value and by combinators
const p = Promise.resolve(1);
Object.defineProperty(p, "then", { get() { log.push("then getter"); return Promise.prototype.then; } });
Promise.resolve().then(() => p).then(() => log.push("after p"));
Promise.all([p]).then(() => log.push("all p"));
// resolve element function called twice: second call ignored
let captured;
Promise.all([{ then(r) { captured = r; r("a"); } }]).then(v => log.push("all-multi " + JSON.stringify(v)));
later(2).then(() => { captured("b"); log.push("called again"); });
// element function shape
Promise.allSettled([{ then(r, j) { log.push("settled fns " + r.length + " " + JSON.stringify(r.name) + " " + j.length + " " + (r !== j)); r(1); } }]);
Promise.any([{ then(r, j) { log.push("any fns " + r.length + " " + j.length); j(0); } }]).catch(e => log.push("any rejected " + e.errors.join()));
// race reads the iterator to the end even after settlement
Promise.race({ [Symbol.iterator]() { let i = 0; return { next() { log.push("race next " + i); return i < 2 ? { value: i++, done: false } : { done: true }; } }; } }).then(v => log.push("race " + v));
// the capability executor
Promise.resolve.call(function (ex) { log.push("executor len " + ex.length + " name " + JSON.stringify(ex.name)); ex(() => {}, () => {}); }, 1);
// adopting a subclass instance
class P2 extends Promise {}
new Promise(r => r(P2.resolve("x"))).then(v => log.push("adopt sub " + v));
// any over a Set of rejections
Promise.any(new Set([Promise.reject("s1"), Promise.reject("s2")])).catch(e => log.push("any set " + e.errors.join()));
// values array mutated after all resolves is a different array each time
const results = [];
Promise.all([1, 2]).then(v => { results.push(v); v.push("mutated"); });
Promise.all([1, 2]).then(v => { results.push(v); log.push("fresh arrays " + (results[0] !== results[1]) + " " + v.length); });
// allSettled result objects shape
Promise.allSettled([Promise.reject("why")]).then(([r]) => log.push("settled keys " + Object.keys(r).join() + " proto " + (Object.getPrototypeOf(r) === Object.prototype)));
// Promise property lists (node 20 set)
log.push(Object.getOwnPropertyNames(Promise.prototype).join() + " " + Promise.prototype[Symbol.toStringTag]);
later().then(() => console.log(log.join("\n")));
