function f(a, b) {
  const args = arguments;
  console.log(args.length, Object.prototype.toString.call(args), Array.isArray(args));
  console.log(Object.keys(args), JSON.stringify(Object.getOwnPropertyDescriptor(args, 'length')));
  console.log(Reflect.ownKeys(args).map(String));
  return [...args];
}
console.log(f(1, 2, 3));
function g() { 'use strict'; return Object.getOwnPropertyNames(arguments); }
console.log(g('x'));
function h() { arguments.length = 1; return Array.prototype.slice.call(arguments); }
console.log(h(1, 2, 3));
