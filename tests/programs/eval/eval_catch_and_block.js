function f() {
  try { throw 'err'; } catch (e) { return eval("e + ' seen by eval'"); }
}
console.log(f());
function g() { { let blockLocal = 'b'; return eval("blockLocal"); } }
console.log(g());
function h() { for (const k of ['x']) return eval("k"); }
console.log(h());
