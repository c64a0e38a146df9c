function counter() { let n = 0; return { inc: () => ++n, get: () => n }; }
const a = counter(), b = counter();
a.inc(); a.inc(); b.inc();
console.log(a.get(), b.get());
let shared = 1;
const readers = [() => shared, function () { return shared; }];
shared = 2;
console.log(readers.map(r => r()));
function makeAdders() { const out = []; for (let i = 0; i < 3; i++) { let j = i * 10; out.push(x => x + i + j); } return out; }
console.log(makeAdders().map(f => f(1)));
function outer() { const v = "captured"; return function mid() { return () => v; }; }
console.log(outer()()());
