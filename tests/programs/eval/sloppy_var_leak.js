// sloppy direct eval: var and function declarations go into the caller's var scope
function f() {
  eval("var x = 1; function g() { return 'g' + x; }");
  console.log(x, g(), typeof x);
  x = 5;
  return g();
}
console.log(f());
function shadow() {
  var res = [];
  var y = 'outer';
  (function () {
    res.push(typeof y);
    eval("var y = 'inner'");
    res.push(y);
  })();
  res.push(y);
  return res.join(',');
}
console.log(shadow());
function closures() {
  eval("var counter = 0");
  return function () { return ++counter; };
}
const c = closures();
c(); c();
console.log(c());
function existing(p) {
  var q = 1;
  eval("var p = 'param'; var q = 'var'");
  return p + ' ' + q;
}
console.log(existing('x'));
function deleteEvalVar() {
  eval("var d = 1");
  var before = typeof d;
  var r = delete d;
  return [before, r, typeof d].join(' ');
}
console.log(deleteEvalVar());
function declaredNotDeletable() {
  var e = 1;
  return [delete e, e].join(' ');
}
console.log(declaredNotDeletable());
function loopEval() {
  var out = [];
  for (var i = 0; i < 3; i++) out.push(eval("i * i"));
  return out;
}
console.log(loopEval());
