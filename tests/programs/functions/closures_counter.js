function makeCounter() {
  let count = 0;
  return {
    inc: function () { count++; return count; },
    dec: () => --count,
    get: () => count,
  };
}
const c = makeCounter();
c.inc(); c.inc(); c.inc();
c.dec();
console.log(c.get());
const c2 = makeCounter();
console.log(c2.inc(), c.get());
function adder(x) { return function (y) { return x + y; }; }
const add5 = adder(5);
console.log(add5(10), adder(1)(2));
