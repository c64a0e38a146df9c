function f(a) { eval("arguments[0] = 'eval set'"); return [a, arguments[0]]; }
console.log(f(1));
function g(a) { return eval("arguments.length"); }
console.log(g(1, 2, 3));
function h() { return (() => eval("arguments[0]"))(); }
console.log(h('arrow+eval'));
function strictF(a) { 'use strict'; eval("arguments[0] = 'x'"); return a; }
console.log(strictF('kept'));
