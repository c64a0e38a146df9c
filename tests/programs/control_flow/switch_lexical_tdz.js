function test(v) {
  switch (v) {
    case 0:
      let x = "zero";
      return x;
    case 1:
      try { return x; } catch (e) { return e.constructor.name; }
    case 2:
      x = "assigned";
      return "unreachable";
    default:
      return typeof f + " " + f();
      function f() { return "hoisted"; }
  }
}
console.log(test(0), test(1), test(3));
try { test(2); } catch (e) { console.log(e.constructor.name); }
switch (1) { case 0: const c0 = 1; case 1: { const c0 = 2; console.log("block shadow", c0); } }
