var results = [];
function f() {
  var local = 'local';
  var indirect = eval;
  try { indirect("local"); } catch (e) { results.push(e.name + ': ' + e.message); }
  results.push((0, eval)("typeof local"));
  (0, eval)("var createdGlobal = 7");
  results.push(globalThis.createdGlobal, typeof createdGlobal);
  results.push(Object.getOwnPropertyDescriptor(globalThis, 'createdGlobal').configurable);
  results.push(delete globalThis.createdGlobal, typeof createdGlobal);
  results.push((0, eval)("this") === globalThis);
  results.push(eval?.("typeof local"));
  results.push(window_like());
}
function window_like() {
  (0, eval)("function gfn() { return 'gfn'; }");
  return gfn() + ' ' + typeof globalThis.gfn;
}
f();
console.log(results);
console.log((0, eval)("'use strict'; var strictVar = 1; typeof strictVar"), typeof strictVar);
const e2 = eval;
console.log(e2("1 + 1"), [eval][0]("2 + 2"));
console.log((0, eval)("let lx = 5; lx"), typeof lx);
console.log((0, eval)("var a1 = 1; a1 + 1"));
