// redeclaration rules across separate scripts (GlobalDeclarationInstantiation)
function run(src) {
  try {
    const r = (0, eval)(src);
    console.log('ok', JSON.stringify(src), r);
  } catch (e) {
    console.log(e.name + ': ' + e.message, JSON.stringify(src));
  }
}
// indirect eval's let/const stay inside the eval, var/function escape
run("var a1 = 1; function f1() {}");
run("let a1 = 2; a1");
run("var a1 = 3; a1");
run("function f1() { return 'redefined'; } f1()");
run("var NaN = 1; NaN");
run("var undefined; typeof undefined");
run("function NaN() {}");
run("var x = 1; let y = x; y");
