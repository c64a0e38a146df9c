const cases = [
  "a b",
  "var",
  "return 1",
  "let x = 1; let x = 2;",
  "break;",
  "super.x",
  "(",
  "}",
  "'use strict'; var eval = 1",
  "1 +",
];
for (const src of cases) {
  try {
    eval(src);
    console.log("ok", src);
  } catch (e) {
    console.log(e.constructor === SyntaxError, e.name + ': ' + e.message);
  }
}
function f() {
  try { return eval("new.target"); } catch (e) { return e.name; }
}
console.log(f(), new f() === undefined);
function C() { this.t = eval("new.target === C"); }
console.log(new C().t);
const o = { __proto__: { p: 'proto' }, m() { return eval("super.p"); } };
console.log(o.m());
