'use strict';
function f() {
  eval("var x = 1; function g() {}");
  return [typeof x, typeof g].join(' ');
}
console.log(f());
function g2() {
  var y = 2;
  eval("y = 3");
  return y;
}
console.log(g2());
function h() {
  return eval("var z = 10; z * 2");
}
console.log(h(), typeof z);
try {
  eval("undeclared = 1");
} catch (e) {
  console.log(e.name, e.message);
}
function sloppyInside() {
  return eval("'use strict'; var w = 1; typeof w");
}
console.log(sloppyInside(), typeof w);
try { eval("with ({}) {}"); } catch (e) { console.log(e.name, e.message); }
try { eval("var arguments = 1"); } catch (e) { console.log(e.name, e.message); }
console.log((function () { return eval("this"); })());
