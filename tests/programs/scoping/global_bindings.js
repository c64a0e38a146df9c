// global var/function bindings live on the global object; let/const/class do not
(0, eval)(`
  var gv = 1;
  function gf() { return 'gf'; }
  let gl = 2;
  const gc = 3;
  class GK {}
`);
console.log(globalThis.gv, typeof globalThis.gf, globalThis.gl, globalThis.gc, globalThis.GK);
console.log(typeof gv, typeof gf, typeof gl, typeof gc, typeof GK);
var d = Object.getOwnPropertyDescriptor(globalThis, 'gv');
console.log(d.writable, d.enumerable, d.configurable);
globalThis.gv = 'changed through globalThis';
console.log((0, eval)('gv'));
console.log(delete globalThis.gv, typeof globalThis.gv);
// implicit globals are configurable properties
(function () { implicitGlobal = 'implicit'; })();
console.log(globalThis.implicitGlobal, delete globalThis.implicitGlobal, typeof implicitGlobal);
(function () { implicit2 = 1; console.log(delete implicit2, typeof implicit2); })();
// typeof of undeclared names never throws
console.log(typeof notDeclaredAnywhere, typeof notDeclaredAnywhere === 'undefined');
try { notDeclaredAnywhere; } catch (e) { console.log(e.name + ': ' + e.message); }
try { (function () { 'use strict'; strictImplicit = 1; })(); } catch (e) { console.log(e.name + ': ' + e.message); }
// a global property added later is visible as a binding
globalThis.addedLater = 'added';
console.log(addedLater);
Object.defineProperty(globalThis, 'getterGlobal', { get() { return 'from getter'; }, configurable: true });
console.log(getterGlobal);
// globalThis itself
console.log(typeof globalThis, globalThis.globalThis === globalThis);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'undefined').writable);
(function () { undefined = 5; NaN = 1; })();
console.log(undefined, NaN);
try { (function () { 'use strict'; undefined = 5; })(); } catch (e) { console.log(e.name + ': ' + e.message); }
