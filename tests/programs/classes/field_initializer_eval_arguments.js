// Direct eval in a class field initializer (also through arrows and nested eval): `arguments` is a SyntaxError.
var executed = false;
class C { #x = eval('executed = true; arguments;'); }
try { new C(); } catch (e) { console.log(e.constructor.name, executed); }
class D {
  x = () => { var t = () => { eval('executed = true; arguments;'); }; t(); };
  y = eval("function f() { return arguments.length; } f(1,2)");
}
const d = new D();
console.log(d.y);
try { d.x(); } catch (e) { console.log(e.constructor.name, executed); }
class E { z = eval("eval('arguments')"); }
try { new E(); } catch (e) { console.log(e.constructor.name); }
class F { static s = eval("typeof new.target"); m() { return eval("({arguments: 1}).arguments"); } }
console.log(F.s, new F().m());
