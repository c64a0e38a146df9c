// Function declarations are hoisted with their bodies; expressions are not; redeclarations
console.log(hoisted(), typeof notHoisted, typeof laterVar);
function hoisted() { return 'hoisted works'; }
var notHoisted = function () { return 'expr'; };
var laterVar = 1;
function dup() { return 'first'; }
function dup() { return 'second'; }
console.log(dup());
var shadow = 'var';
function shadow() {}
console.log(typeof shadow);
function outer() {
  return inner();
  function inner() { return 'inner declared after return'; }
}
console.log(outer());
function params(a) { function a() {} return typeof a; }
console.log(params(1));
function argsShadow() { var arguments = 'shadowed'; return arguments; }
console.log(argsShadow());
const nfe = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); };
console.log(nfe(5), typeof fact);
const nfeConst = function self() { self = 'reassigned'; return typeof self; };
console.log(nfeConst());
