let x = "global";
{
  let x = "block";
  { const x = "inner"; console.log(x); }
  console.log(x);
}
console.log(x);
function f(x) { { let x = "shadow param"; console.log(x); } return x; }
console.log(f("param"));
function g(a) { var a; return a; }
console.log(g("kept"));
function h(a) { var a = "overwritten"; return [a, arguments[0]]; }
console.log(h("orig"));
try { eval("let x = 1; let x = 2;"); } catch (e) { console.log(e.constructor.name); }
function k() { let q = 1; { var r = q + 1; } return r; }
console.log(k());
