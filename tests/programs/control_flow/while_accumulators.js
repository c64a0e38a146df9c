function collatz(n) { let steps = 0; while (n !== 1) { n = n % 2 ? 3 * n + 1 : n / 2; steps++; } return steps; }
const r = [];
for (let i = 1; i <= 20; i++) r.push(collatz(i));
console.log(r);
function gcd(a, b) { while (b) { [a, b] = [b, a % b]; } return a; }
console.log(gcd(48, 18), gcd(17, 5), gcd(1071, 462));
function digits(n) { const d = []; do { d.unshift(n % 10); n = Math.floor(n / 10); } while (n > 0); return d; }
console.log(digits(9075), digits(0));
let total = 0, k = 1;
while (k <= 1000) { total += k; k *= 2; }
console.log(total);
