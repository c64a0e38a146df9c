// Annex B.3.2: a sloppy block function gets a function-level var only when replacing it
// with `var F` would not be an early error.
function report(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, e.name); }
}

// an enclosing let blocks the var
(function () {
  { let f = 1; { function f() { return "inner"; } } }
  report("let-blocked before", () => typeof f);
})();

// a destructuring catch parameter blocks it, a simple one does not
(function () {
  report("pattern catch before", () => f);
  try { throw {}; } catch ({ f }) { { function f() {} } }
  report("pattern catch after", () => typeof f);
})();
(function () {
  report("simple catch before", () => g);
  try { throw 1; } catch (g) { { function g() { return 2; } } }
  report("simple catch after", () => g());
})();

// a for-loop let blocks it
(function () {
  for (let h = 0; h < 1; h++) { { function h() {} } }
  report("for-let after", () => typeof h);
})();

// a parameter of the same name: no var, the parameter keeps its value
(function (p) {
  { function p() {} }
  report("param", () => typeof p);
})(3);

// not blocked: the var exists (undefined) before the block and is set after it
(function () {
  report("plain before", () => typeof k);
  { function k() { return "k"; } }
  report("plain after", () => k());
})();
