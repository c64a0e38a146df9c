function outer() {
  var a = 1;
  return eval("var b = 2; eval('var c = a + b; c * 10')") + ' ' + c;
}
console.log(outer());
function deeper() {
  let x = 'x';
  return eval("(function () { return eval('x + x'); })()");
}
console.log(deeper());
function evalMakesClosure() {
  var fns = eval("[function () { return typeof inner; }, function () { var inner = 1; return eval('inner'); }]");
  return fns.map(f => f());
}
console.log(evalMakesClosure());
function evalDefinesFunctionUsedLater() {
  eval("function later(n) { return n * 2; }");
  return later(21);
}
console.log(evalDefinesFunctionUsedLater());
function strictNested() {
  'use strict';
  return eval("var s = 1; eval('var t = 2; s + t')");
}
console.log(strictNested());
function evalString() { return eval(new String("1 + 1")) instanceof String; }
console.log(evalString());
function evalReturnsFunction() { var k = 'closed over'; return eval("(function () { return k; })"); }
console.log(evalReturnsFunction()());
function recursiveEval(n) { return n === 0 ? 'done' : eval("recursiveEval(n - 1)"); }
console.log(recursiveEval(5));
function evalInLoopClosures() {
  var fs = [];
  for (let i = 0; i < 3; i++) fs.push(eval("() => i"));
  return fs.map(f => f());
}
console.log(evalInLoopClosures());
