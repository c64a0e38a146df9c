function f(a, a) { return [a, arguments[0], arguments[1]]; }
console.log(f(1, 2));
function g(a, a) { a = 'set'; return [arguments[0], arguments[1]]; }
console.log(g(1, 2));
function h(a, b, a) { arguments[2] = 'third'; return a; }
console.log(h(1, 2, 3));
