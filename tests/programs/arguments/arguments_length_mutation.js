function f(a, b) {
  arguments.length = 5;
  return [arguments.length, [...arguments].length, Array.prototype.slice.call(arguments).length];
}
console.log(f(1, 2));
function g() { delete arguments.length; return [arguments.length, 'length' in arguments]; }
console.log(g(1));
function h() { arguments[arguments.length] = 'pushed'; return [arguments.length, arguments[1]]; }
console.log(h(1));
