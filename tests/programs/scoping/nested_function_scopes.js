function a() {
  var x = 'a';
  function b() {
    var y = 'b';
    function c() { return x + y + (typeof z); }
    var z = 'z';
    return c();
  }
  return b();
}
console.log(a());
const compose = (...fs) => x => fs.reduceRight((v, f) => f(v), x);
console.log(compose(x => x + 1, x => x * 2)(5));
