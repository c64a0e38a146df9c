var gv = 1;
let gl = 2;
console.log(typeof globalThis.gl);
function gf() {}
globalThis.implicitProp = "prop";
console.log(implicitProp);
try { undeclaredVar; } catch (e) { console.log(e.constructor.name, e.message); }
(function () { sloppyImplicit = "created"; })();
console.log(sloppyImplicit, delete globalThis.sloppyImplicit, typeof sloppyImplicit);
try { (function () { "use strict"; strictImplicit = 1; })(); } catch (e) { console.log(e.constructor.name, e.message); }
