function f() {
  var r = [];
  r.push(eval("let l = 1; typeof l"), typeof l);
  r.push(eval("const c = 2; c"), typeof c);
  r.push(eval("class K {} typeof K"), typeof K);
  r.push(eval("function fn() {} typeof fn"), typeof fn);
  r.push(eval("var v; typeof v"), typeof v);
  r.push(eval("{ function blockFn() {} } typeof blockFn"), typeof blockFn);
  return r;
}
console.log(f());
function evalVarUndefinedInit() {
  var before = typeof late;
  eval("var late");
  return [before, typeof late, 'late' in {}];
}
console.log(evalVarUndefinedInit());
function evalOverwritesFunction() {
  function g() { return 1; }
  eval("function g() { return 2; }");
  return g();
}
console.log(evalOverwritesFunction());
function evalVarDoesNotResetValue() {
  var keep = 'kept';
  eval("var keep");
  return keep;
}
console.log(evalVarDoesNotResetValue());
function forVarInEval() {
  eval("for (var k = 0; k < 3; k++) {}");
  return k;
}
console.log(forVarInEval());
function catchInEval() { return eval("try { throw 'thrown' } catch (e) { e }"); }
console.log(catchInEval());
