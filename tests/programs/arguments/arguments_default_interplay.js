function f(a, b = 2) { return [arguments.length, arguments[1], b]; }
console.log(f(1), f(1, undefined), f(1, 5));
function g(a, b = (a = 'changed')) { return [a, arguments[0]]; }
console.log(g('orig'));
function h(a, ...rest) { return [arguments.length, rest.length]; }
console.log(h(1, 2, 3));
