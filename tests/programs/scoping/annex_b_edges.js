function nestedBlocks() {
  { { function deep() { return 'deep'; } } }
  return typeof deep;
}
console.log(nestedBlocks());
function blockedByInnerLet() {
  {
    let inner;
    { function inner() {} }
  }
  return typeof inner;
}
console.log(blockedByInnerLet());
function callBeforeBlock() {
  try { early(); } catch (e) { return e.name + ': ' + e.message; }
  { function early() {} }
}
console.log(callBeforeBlock());
function blockValueAfterReassign() {
  {
    function h() { return 1; }
    h = 2;
  }
  return typeof h;
}
console.log(blockValueAfterReassign());
function asyncNotAnnexB() { { async function af() {} } return typeof af; }
console.log(asyncNotAnnexB());
function catchBlockFunction() {
  try { throw 0; } catch (e) { function inCatch() { return 'catch fn'; } }
  return inCatch();
}
console.log(catchBlockFunction());
function elseFunction() {
  if (false) ; else function elseFn() { return 'else'; }
  return elseFn();
}
console.log(elseFunction());
function labelledInBlock() { { lbl: function lf() { return 'labelled'; } } return lf(); }
console.log(labelledInBlock());
