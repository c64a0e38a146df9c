function blockLet() {
  {
    let x = 1;
    try { eval("var x = 2"); } catch (e) { console.log(e.name + ': ' + e.message); }
  }
}
blockLet();
function funcLet() {
  let y = 1;
  try { eval("var y = 2"); } catch (e) { console.log(e.name + ': ' + e.message); }
  try { eval("function y() {}"); } catch (e) { console.log(e.name + ': ' + e.message); }
  return y;
}
console.log(funcLet());
function catchParam() {
  try { throw 1; } catch (e) { eval("var e = 'annex b'"); return e; }
}
console.log(catchParam());
function innerLet() {
  eval("let a = 1; const b = 2; class C {}");
  return [typeof a, typeof b, typeof C].join(' ');
}
console.log(innerLet());
function letInEvalShadows() {
  var v = 'outer';
  eval("let v = 'inner'; v");
  return v;
}
console.log(letInEvalShadows());
(0, eval)("let globalLet = 1");
try { (0, eval)("var globalLet = 2"); } catch (e) { console.log(e.name + ': ' + e.message); }
try { (0, eval)("function globalLet() {}"); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(globalLet);
try { (0, eval)('let globalLet = 3'); } catch (e) { console.log(e.name + ': ' + e.message); }
(0, eval)('var gv = 1');
try { (0, eval)('let gv = 3'); } catch (e) { console.log(e.name + ': ' + e.message); }
