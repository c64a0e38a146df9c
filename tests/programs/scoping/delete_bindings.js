(0, eval)("var declaredGlobal = 1");
console.log(delete globalThis.declaredGlobal);
(function () { implicitOne = 1; })();
console.log(delete globalThis.implicitOne, 'implicitOne' in globalThis);
function localDelete() {
  var v = 1;
  function fn() {}
  return [delete v, delete fn, delete arguments, delete localDelete, v, typeof fn];
}
console.log(localDelete());
function deleteUnresolvable() { return delete nothingHere; }
console.log(deleteUnresolvable());
function deleteMember() {
  var o = { a: 1, b: 2 };
  Object.defineProperty(o, 'c', { value: 3, configurable: false });
  return [delete o.a, delete o['b'], delete o.c, Object.keys(o), 'c' in o];
}
console.log(deleteMember());
function strictDeleteMember() {
  'use strict';
  var o = Object.freeze({ x: 1 });
  try { delete o.x; } catch (e) { return e.name + ': ' + e.message; }
}
console.log(strictDeleteMember());
function deleteEvalVarTwice() { eval("var e1 = 1"); return [delete e1, delete e1, typeof e1]; }
console.log(deleteEvalVarTwice());
console.log(delete globalThis.undefined, delete globalThis.NaN, typeof undefined);
