async function fib(n) { return n < 2 ? n : (await fib(n - 1)) + (await fib(n - 2)); }
fib(12).then(v => console.log('fib', v));
async function countdown(n) { if (n === 0) return 'liftoff'; await null; return countdown(n - 1); }
countdown(200).then(console.log);
