// Annex B web compat: in sloppy code a call may appear as an assignment target; the call
// runs, then a ReferenceError is thrown (the right-hand side is never evaluated).
var log = [];
function f() { log.push("f"); return { valueOf() { log.push("valueOf"); return 1; } }; }
function g() { log.push("g"); return 1; }
function attempt(label, fn) {
  log = [];
  try { fn(); console.log(label, "no error"); }
  catch (e) { console.log(label, e.name, e.message, log.join(",")); }
}
attempt("assign", function () { f() = g(); });
attempt("compound", function () { f() += g(); });
attempt("postfix", function () { f()++; });
attempt("prefix", function () { --f(); });
attempt("for-in", function () { for (f() in { a: 1 }) { log.push("body"); } });
attempt("for-of", function () { for (f() of [1, 2]) { log.push("body"); } });
attempt("for-in empty", function () { for (f() in {}) {} });

// Annex B.3.5: `for (var x = init in obj)` runs the initializer once, first
(function () {
  var n = 0, seen;
  for (var a = (n++, "init") in (seen = a, { p: 1, q: 2 })) {}
  console.log("for-in initializer", seen, a, n);
})();
