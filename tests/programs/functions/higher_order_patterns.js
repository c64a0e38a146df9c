// Higher-order functions: compose, curry, memoize with arguments, decorators preserving this
const compose = (...fns) => (x) => fns.reduceRight((v, f) => f(v), x);
const inc = (x) => x + 1, dbl = (x) => x * 2;
console.log(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7));
const curry = (f) => { const c = (...a) => (a.length >= f.length ? f(...a) : (...b) => c(...a, ...b)); return c; };
const add3 = curry((a, b, c) => a + b + c);
console.log(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3));
function logged(fn) { return function (...args) { const r = fn.apply(this, args); return `${fn.name}(${args.join()}) = ${r}`; }; }
const calc = { base: 10, add: logged(function add(x) { return this.base + x; }) };
console.log(calc.add(5));
const debounceLike = (fn) => { let last; return (x) => { last = x; return () => fn(last); }; };
const d = debounceLike((v) => 'last value ' + v);
d(1); d(2);
console.log(d(3)());
const pipeline = [(s) => s.trim(), (s) => s.toUpperCase(), (s) => s + '!'];
console.log(pipeline.reduce((acc, f) => f(acc), '  hello  '));
