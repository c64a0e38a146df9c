function create() { impl1 = 'one'; }
create();
console.log(impl1, typeof globalThis.impl1);
const d = Object.getOwnPropertyDescriptor(globalThis, 'impl1');
console.log(d.writable, d.enumerable, d.configurable);
function strictCreate() { 'use strict'; try { impl2 = 'two'; } catch (e) { return e.name + ': ' + e.message; } }
console.log(strictCreate());
(function () { var a = b = 5; })();
console.log(typeof a, b);
