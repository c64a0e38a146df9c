function basic() {
  var before = typeof inner;
  {
    function inner() { return 'inner'; }
  }
  return [before, typeof inner, inner()];
}
console.log(basic());
function notEvaluated() {
  if (false) { function never() {} }
  return typeof never;
}
console.log(notEvaluated());
function blockShadow() {
  var log = [];
  {
    log.push(typeof f);
    function f() { return 1; }
    f = 'reassigned in block';
    log.push(typeof f);
  }
  log.push(typeof f);
  return log;
}
console.log(blockShadow());
function conflictLet() {
  let g = 'let binding';
  { function g() {} }
  return typeof g;
}
console.log(conflictLet());
function twoBlocks() {
  { function h() { return 1; } }
  { function h() { return 2; } }
  return h();
}
console.log(twoBlocks());
function inSwitch(x) {
  switch (x) { case 1: function sw() { return 'sw'; } }
  return typeof sw;
}
console.log(inSwitch(1), inSwitch(2));
function strictBlock() {
  'use strict';
  { function s() {} }
  return typeof s;
}
console.log(strictBlock());
function ifStatementFunction() {
  if (true) function viaIf() { return 'if'; }
  return viaIf();
}
console.log(ifStatementFunction());
function paramConflict(p) {
  { function p() {} }
  return typeof p;
}
console.log(paramConflict(1));
function loopFunctions() {
  var out = [];
  for (var i = 0; i < 2; i++) { function lf() { return i; } out.push(lf()); }
  return [out, typeof lf];
}
console.log(loopFunctions());
function genInBlock() { { function* gen() {} } return typeof gen; }
console.log(genInBlock());
function hoistedInsideBlock() { { var r = early(); function early() { return 'early'; } } return r; }
console.log(hoistedInsideBlock());
