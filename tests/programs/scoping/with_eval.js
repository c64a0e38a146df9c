function f() {
  var o = { w: 'from with' };
  var w = 'local';
  with (o) {
    console.log(eval("w"));
    eval("var created = 'var through with'");
    eval("w = 'set via eval'");
  }
  console.log(created, o.w, w);
}
f();
function g() {
  var scope = { s: 1 };
  with (scope) {
    eval("var s = 2");   // the var is declared on g, the initialiser assigns scope.s
  }
  return [scope.s, s];
}
console.log(g());
