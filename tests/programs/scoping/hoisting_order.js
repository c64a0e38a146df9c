console.log(typeof hoistedFn, hoistedFn());
function hoistedFn() { return 'declared below'; }
console.log(typeof hoistedVar, hoistedVar);
var hoistedVar = 'assigned';
console.log(hoistedVar);
function dupDecls() {
  function f() { return 1; }
  var f;
  var r1 = typeof f;
  var f = 'now a string';
  function f() { return 2; }
  return [r1, f];
}
console.log(dupDecls());
function lastFunctionWins() {
  return g();
  function g() { return 'first'; }
  function g() { return 'second'; }
}
console.log(lastFunctionWins());
function varAndParam(p) { var p; return p; }
console.log(varAndParam('param kept'));
function fnAndParam(p) { function p() {} return typeof p; }
console.log(fnAndParam('param'));
function varInDeadCode() { return typeof dead; if (false) { var dead = 1; } }
console.log(varInDeadCode());
function nestedFunctionsHoist() { return inner1(); function inner1() { return inner2(); function inner2() { return 'deep'; } } }
console.log(nestedFunctionsHoist());
