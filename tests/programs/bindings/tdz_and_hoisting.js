function f() {
  try { return g(); } catch (e) { return e.message; }
  function g() { return value; }
  let value = 1;
}
console.log(f());
function h() {
  const inner = () => late;
  const late = "ready";
  return inner();
}
console.log(h());
{
  function blockFn() { return "block function"; }
  console.log(blockFn());
}
try { useBeforeClass(); } catch (e) { console.log(e.constructor.name); }
function useBeforeClass() { return x; }
let x = "defined later";
console.log(useBeforeClass());
var v = "v1";
var v;
console.log(v);
