// Closure capture across loop kinds (for, for-in, for-of, while with let inside) and per-iteration copies
const out = [];
for (let i = 0, j = 10; i < 3; i++, j--) out.push(() => [i, j]);
for (const k in { a: 1, b: 2 }) out.push(() => k);
let n = 0;
while (n < 2) { let captured = n; out.push(() => captured); n++; }
do { const once = 'do'; out.push(() => once); } while (false);
console.log(JSON.stringify(out.map((f) => f())));
const incs = [];
for (let i = 0; i < 3; i++) { incs.push(() => ++i); }
console.log(incs.map((f) => f()), incs.map((f) => f()));
const fns = [];
for (let i = 0; i < 3; i++) { fns.push(() => i); i += 1; }
console.log(fns.map((f) => f()));
