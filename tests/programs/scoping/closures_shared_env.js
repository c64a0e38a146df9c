function makePair() {
  var shared = 0;
  function inc() { shared++; }
  function read() { return shared; }
  return [inc, read];
}
const [inc, read] = makePair();
inc(); inc();
console.log(read());
function adders() {
  var out = [];
  for (var i = 0; i < 3; i++) out.push((function (n) { return x => x + n; })(i));
  return out.map(f => f(10));
}
console.log(adders());
function memo() {
  const cache = {};
  return function fib(n) { if (n < 2) return n; if (cache[n]) return cache[n]; return cache[n] = fib(n - 1) + fib(n - 2); };
}
console.log(memo()(50));
function deepClosure() {
  let a = 1;
  return () => { let b = 2; return () => { let c = 3; return () => a + b + c; }; };
}
console.log(deepClosure()()()());
function closureSeesLaterAssignment() {
  var f = () => late;
  var late = 'assigned after closure';
  return f();
}
console.log(closureSeesLaterAssignment());
function paramCapture(p) { const get = () => p; p = 'reassigned'; return get(); }
console.log(paramCapture('orig'));
function generatorsShareScope() {
  let n = 0;
  function* g() { while (n < 3) yield n++; }
  return [...g(), n];
}
console.log(generatorsShareScope());
