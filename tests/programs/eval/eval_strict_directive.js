function sloppyCaller() {
  eval("'use strict'; var s1 = 1;");
  return typeof s1;
}
console.log(sloppyCaller());
function notDirective() {
  eval("1; 'use strict'; var s2 = 2;");
  return typeof s2;
}
console.log(notDirective());
try { eval("'use strict'; with ({}) {}"); } catch (e) { console.log(e.name); }
try { eval("'use strict'; 010"); } catch (e) { console.log(e.name + ': ' + e.message); }
