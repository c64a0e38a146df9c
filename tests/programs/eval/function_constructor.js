const add = new Function('a', 'b', 'return a + b');
console.log(add(1, 2), add.length, add.name, typeof add);
const multi = Function('a, b', 'c', 'return a * b * c');
console.log(multi(2, 3, 4), multi.length);
const noArgs = new Function();
console.log(noArgs(), noArgs.length, noArgs.name);
console.log(new Function('return this')() === globalThis);
console.log(String(new Function('a', 'b', 'return a')));
console.log(String(Function()));
var captured = 'global value';
function scope() {
  var captured = 'local value';
  return new Function('return typeof captured === "string" ? captured : "none"')();
}
(0, eval)("var captured2 = 'global'");
function scope2() { var captured2 = 'local'; return Function('return captured2')(); }
console.log(scope2());
const strictFn = new Function('"use strict"; return this');
console.log(strictFn());
const defaults = new Function('a = 1', '...rest', 'return [a, rest]');
console.log(defaults(undefined, 2, 3));
const destruct = new Function('{x, y}', 'return x + y');
console.log(destruct({ x: 1, y: 2 }));
const bad = [
  ['a', '}); (function() {'],
  ['a){}, (function(b', 'return 1'],
  ['a', 'return 1; }'],
  ['/*', '*/){'],
  ['', 'return 1 +'],
  ['a b', ''],
  ['a', '-->'],
];
for (const [p, b] of bad) {
  try {
    const f = new Function(p, b);
    console.log('created', typeof f);
  } catch (e) {
    console.log(e.name);
  }
}
const withComment = new Function('a // comment', 'return a');
console.log(withComment(7));
console.log(Object.getPrototypeOf(add) === Function.prototype, add instanceof Function);
console.log(new Function('return arguments.length')(1, 2, 3));
const ctor = new Function('this.v = 1');
console.log(new ctor().v);
console.log(Function.prototype.constructor === Function, Function.length, Function.name);
