let x = "outer";
function f(a = x, b = () => a) { let x = "inner"; a = "changed"; return [a, b()]; }
console.log(f());
function g(a, b = () => a) { var a = "var copy"; return [a, b()]; }
console.log(g("param"));
function h(a = 1) { return arguments.length; }
console.log(h(), h(undefined), h(1, 2));
function k(a, b = a) { a = "mod"; return [arguments[0], a, b]; }
console.log(k("orig"));
function m(a) { a = "mod"; return arguments[0]; }
console.log(m("orig"));
function s(a) { "use strict"; a = "mod"; return arguments[0]; }
console.log(s("orig"));
