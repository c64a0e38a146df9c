const compose = (...fns) => x => fns.reduceRight((acc, f) => f(acc), x);
const inc = x => x + 1, dbl = x => x * 2, sq = x => x * x;
console.log(compose(inc, dbl, sq)(3), compose()(7));
function curry(f) {
  return function curried(...args) {
    return args.length >= f.length ? f(...args) : (...more) => curried(...args, ...more);
  };
}
const add3 = curry((a, b, c) => a + b + c);
console.log(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3));
function memo(f) {
  const cache = {};
  return n => (n in cache ? cache[n] : (cache[n] = f(n)));
}
const slowSquare = memo(n => { console.log("computing", n); return n * n; });
console.log(slowSquare(4), slowSquare(4), slowSquare(5));
const pipeline = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
  .filter(n => n % 2 === 0)
  .map(n => n * n)
  .reduce((acc, n) => acc + n, 0);
console.log(pipeline);
