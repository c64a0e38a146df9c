// Recursion: naive doubly-recursive Fibonacci (calls, frame setup, small-int arithmetic).
var N = typeof SIZE === "number" ? SIZE : 25;

function fib(n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}

var total = 0;
for (var k = N - 4; k <= N; k++) {
  total += fib(k);
}
console.log("fib " + N + " " + total);
