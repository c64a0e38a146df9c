function f() {
  var undefined = 'shadowed undefined';
  var NaN = 'shadowed NaN';
  return [undefined, NaN];
}
console.log(f(), undefined, typeof NaN);
function g() { let Object = 'not Object'; return Object; }
console.log(g(), typeof Object);
function h(Array) { return Array; }
console.log(h('param Array'));
