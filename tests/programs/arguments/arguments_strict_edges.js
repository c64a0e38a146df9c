'use strict';
function f(a) { a = 2; arguments[0] = 3; return [a, arguments[0]]; }
console.log(f(1));
function callee() { try { arguments.callee; } catch (e) { return e.constructor.name; } }
console.log(callee());
function setCallee() { try { arguments.callee = 1; } catch (e) { return e.constructor.name; } }
console.log(setCallee());
function own() { return Object.getOwnPropertyNames(arguments); }
console.log(own(1));
function accessorsSame() {
  const d = Object.getOwnPropertyDescriptor(arguments, 'callee');
  const d2 = Object.getOwnPropertyDescriptor((function () { return arguments; })(), 'callee');
  return d.get === d2.get;
}
console.log(accessorsSame());
function noCaller() { return Object.getOwnPropertyNames(arguments).includes('caller'); }
console.log(noCaller());
function functionCallerThrows() { try { return functionCallerThrows.caller; } catch (e) { return e.constructor.name; } }
console.log(functionCallerThrows());
