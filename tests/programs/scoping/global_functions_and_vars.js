(0, eval)("function globalFn() { return 'g'; } var globalVar = 'v';");
console.log(Object.getOwnPropertyDescriptor(globalThis, 'globalFn').configurable, Object.keys(globalThis).includes('globalVar'));
(0, eval)("function globalFn() { return 'redefined'; }");
console.log(globalFn());
(0, eval)("var globalVar;");
console.log(globalVar);
console.log('globalVar' in globalThis, globalThis.hasOwnProperty('globalFn'));
(function () { globalThis.viaProp = 1; })();
console.log(viaProp, delete viaProp, typeof viaProp);
Object.defineProperty(globalThis, 'fixed', { value: 'fixed', writable: false, configurable: false });
try { (0, eval)("function fixed() {}"); } catch (e) { console.log(e.name + ': ' + e.message); }
(0, eval)("var fixed;");
console.log(fixed);
(function () { fixed = 'ignored in sloppy'; })();
console.log(fixed);
try { (function () { 'use strict'; fixed = 1; })(); } catch (e) { console.log(e.name); }
