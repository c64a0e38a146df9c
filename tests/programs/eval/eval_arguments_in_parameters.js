// Sloppy direct eval in parameter expressions may not redeclare a parameter, nor `arguments`
// where the parameters see an `arguments` binding (test262 eval-code/direct covers the
// ordinary-function `arguments` cases, which node does not implement; only the cases node
// agrees on are here).
function report(name, f) {
  try { f(); console.log(name, "ok"); } catch (e) { console.log(name, e.constructor.name); }
}
report("arrow-param-after", (p = eval("var arguments"), arguments) => {});
report("arrow-param-before", (arguments, p = eval("var arguments = 1")) => {});
report("arrow-no-param", () => { ((p = eval("var arguments = 1")) => {})(); });
report("body", function (p) { eval("var arguments = 3"); return arguments; });
report("param-redecl", function (a, p = eval("var a = 42")) {});
report("arrow-param-redecl", (a = eval("var a = 42")) => {});
report("fn-redecl", function (b, p = eval("function b() {}")) {});
report("body-redecl", function (a) { eval("var a = 1"); });
report("other-var", function (p = eval("var zz = 1")) { return zz; });
console.log(typeof zz);
