// Annex B.3.2.3: block functions in sloppy direct/indirect eval code, and the skip rule.
function report(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, e.name); }
}

(function () {
  eval("let f = 123; { function f() {} } report('eval own let', () => f);");
  report("eval own let outside", () => typeof f);
})();

(function () {
  eval("{ let f = 1; { function f() {} } } report('eval inner let', () => typeof f);");
})();

(function () {
  eval("for (let f of [1]) { { function f() {} } } report('eval for-of let', () => typeof f);");
})();

(function () {
  let h = 5;
  { eval("{ function h() {} }"); }
  report("function-level let", () => h);
})();

(function () {
  { let k = 5; eval("{ function k() {} }"); report("block let inside", () => typeof k); }
  report("block let outside", () => typeof k);
})();

// a catch parameter does not block; the var is set in the variable environment
(function () {
  try { throw 1; } catch (e) {
    eval("{ function e() { return 'fn'; } }");
    report("catch param inside", () => typeof e);
  }
  report("catch param outside", () => e());
})();

(function () {
  eval("report('before', () => typeof m); { function m() { return 'm'; } }");
  report("after", () => m());
})();

var ind = (0, eval)("{ function indirectFn() { return 'ind'; } } typeof indirectFn");
report("indirect", () => ind + " " + indirectFn());
(0, eval)("let gl = 1; { function gl() {} }");
report("indirect let", () => typeof gl);
