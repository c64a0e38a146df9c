function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
for (let i = 0; i < 15; i++) console.log(i, fib(i));
function fact(n) { if (n <= 1) return 1; return n * fact(n - 1); }
console.log(fact(10), fact(20), fact(25));
const even = n => n === 0 ? true : odd(n - 1);
const odd = n => n === 0 ? false : even(n - 1);
console.log(even(100), odd(77));
