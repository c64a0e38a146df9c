function f(a, getA = () => a, setA = v => { a = v; }) {
  setA('set through closure');
  var a;
  return [a, getA()];
}
console.log(f('initial'));
function g(x = 1) { { function x() {} } return typeof x; }
console.log(g());
function h(cb = () => typeof inner) { var inner = 1; return cb(); }
console.log(h());
