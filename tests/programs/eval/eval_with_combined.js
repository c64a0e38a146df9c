function f() {
  var o = { p: 'object p' };
  with (o) {
    var fn = eval("(function () { return p; })");
  }
  o.p = 'updated';
  return fn();
}
console.log(f());
function g() {
  var o = {};
  with (o) { eval("function declaredInWithEval() { return 'ok'; }"); }
  return [typeof declaredInWithEval, 'declaredInWithEval' in o];
}
console.log(g());
