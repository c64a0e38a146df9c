console.log(typeof hoisted, hoisted());
function hoisted() { return "hoisted fn"; }
console.log(typeof blockFn);
{
  console.log(typeof blockFn, blockFn());
  function blockFn() { return "block fn"; }
}
console.log(typeof blockFn);
if (false) { function neverRun() {} }
console.log(typeof neverRun);
var dup = 1;
function dup() {}
console.log(typeof dup);
function twice() { return 1; }
function twice() { return 2; }
console.log(twice());
