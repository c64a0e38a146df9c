var f = function g() { return typeof g; };
console.log(f(), typeof g);
var h = function h() { h = null; return typeof h; };
console.log(h(), typeof h);
function decl() { decl = 'replaced'; return typeof decl; }
console.log(decl(), typeof decl);
const arrowName = () => typeof arrowName;
console.log(arrowName());
