// Closures capture bindings (not values); per-iteration let bindings; shared var bindings
const fns = [];
for (var i = 0; i < 3; i++) fns.push(() => i);
for (let j = 0; j < 3; j++) fns.push(() => j);
for (const k of ['a', 'b']) fns.push(() => k);
console.log(fns.map(f => f()));
function counter() { let c = 0; return { inc: () => ++c, get: () => c }; }
const c1 = counter(), c2 = counter();
c1.inc(); c1.inc(); c2.inc();
console.log(c1.get(), c2.get());
let shared = 'before';
const read = () => shared;
shared = 'after';
console.log(read());
function makeAdders() { const out = []; for (let n = 1; n <= 3; n++) { out.push((x) => x + n); n += 0; } return out; }
console.log(makeAdders().map(f => f(10)));
const loopMutation = [];
for (let m = 0; m < 3; m++) { loopMutation.push(() => m); m++; }
console.log(loopMutation.map(f => f()));
function once(fn) { let done = false, r; return (...a) => (done ? r : (done = true, r = fn(...a))); }
const o = once((x) => x * 2);
console.log(o(5), o(100));
const memo = (() => { const cache = new Map(); return (n) => cache.has(n) ? 'cached ' + cache.get(n) : (cache.set(n, n * n), 'computed ' + n * n); })();
console.log(memo(4), memo(4));
{
  function blockFn() { return 'block'; }
}
console.log(typeof blockFn);
