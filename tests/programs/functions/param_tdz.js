// Parameters are in TDZ until initialised: an initializer reading a later parameter throws.
function f(a = b, b) { return [a, b]; }
try { f(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(f(1, 2).join());
function g(a = a) { return a; }
try { g(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(g(7));
function h(a = () => b, b = 3) { return a(); }
console.log(h());
function m(a, b = a, c = (() => d)(), d) { return [a, b, c, d]; }
try { m(1); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(m(1, undefined, 2, 3).join());
function n(x = y, y) { arguments[1] = 9; return [x, y, arguments.length]; }
console.log(n(4, 5).join());
function* gen(a = b, b) { yield a; }
try { gen(); } catch (e) { console.log("gen", e.constructor.name); }
var arrow = (p = q, q) => p;
try { arrow(); } catch (e) { console.log("arrow", e.message); }
console.log(arrow(1, 2));
