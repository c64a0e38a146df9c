// arguments object details: length after shift, mapping of late params, Symbol.iterator, toStringTag
function f(a, b, c) {
  const before = [a, b, c];
  arguments[2] = 'late';
  return [before, c, arguments.length, typeof arguments[Symbol.iterator], Object.prototype.toString.call(arguments)];
}
console.log(f(1, 2));
console.log(f(1, 2, 3));
function g() { return [].slice.call(arguments, 1); }
console.log(g('a', 'b', 'c'));
function h(x) { 'use strict'; x = 'changed'; return [x, arguments[0]]; }
console.log(h('orig'));
function k(...r) { return [r.length, arguments.length]; }
console.log(k(1, 2, 3));
function m(a) { return Object.getOwnPropertyDescriptor(arguments, 'length'); }
console.log(m(1));
