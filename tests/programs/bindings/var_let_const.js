console.log(typeof hoisted, hoistedFn());
var hoisted = 1;
function hoistedFn() { return "fn hoisted"; }
console.log(hoisted);
{
  let blockScoped = "inner";
  var functionScoped = "leaks";
  console.log(blockScoped);
}
console.log(typeof blockScoped, functionScoped);
const obj = { n: 1 };
obj.n = 2;
console.log(obj.n);
let shadow = "outer";
{
  let shadow = "inner";
  console.log(shadow);
}
console.log(shadow);
function scopes() {
  var a = 1;
  if (true) { var a = 2; let b = 3; }
  return a;
}
console.log(scopes());
try { tdz; let tdz = 1; } catch (e) { console.log(e.name, e.message); }
try { const k = 1; k++; } catch (e) { console.log(e.name, e.message); }
console.log(typeof undeclaredThing);
