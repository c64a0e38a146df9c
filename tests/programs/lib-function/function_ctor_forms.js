// Function constructor: parameter forms, body coercion and toString of created functions
const f1 = new Function("a", "b", "return a + b");
console.log(f1(2, 3), f1.length, f1.name, JSON.stringify(f1.toString()));
const f2 = Function("a, b", "c", "return [a, b, c].join('|')");
console.log(f2(1, 2, 3), f2.length, JSON.stringify(f2.toString()));
const f3 = Function("return 42");
console.log(f3(), JSON.stringify(f3.toString()));
const f4 = Function();
console.log(f4(), JSON.stringify(f4.toString()));
const f5 = Function("a = 1, ...rest", "return a + rest.length");
console.log(f5(), f5(5, 6, 7), f5.length, JSON.stringify(f5.toString()));
const f6 = Function("{x, y}", "[z]", "return x + y + z");
console.log(f6({ x: 1, y: 2 }, [3]), f6.length);
const f7 = Function("a /* comment */", "// line comment\nreturn a");
console.log(f7(9), JSON.stringify(f7.toString()));
const f8 = Function("a", "return a //trailing");
console.log(f8(8), JSON.stringify(f8.toString()));
// coercion order of arguments: params left to right then body
const log = [];
const mk = (tag, s) => ({ toString() { log.push(tag); return s; } });
const f9 = Function(mk("p1", "x"), mk("p2", "y"), mk("body", "return x * y"));
console.log(f9(6, 7), log.join(","));
// non-string args
try { Function(null, "return 1"); } catch (e) { console.log("null param", e.constructor.name); }
console.log(Function("nul", "return typeof nul")(), Function(undefined, "return 1")(), Function(1 ? "q" : "", "return q")("Q"));
// errors: syntax errors surface as SyntaxError; coercion error propagates
for (const args of [["a b", "return"], ["a", "}"], ["/*", "*/){"], ["a)", "{"], ["return 1 +"], ["a,,b", ""], ["...a, b", ""], ["", "super()"], ["", "yield 1"], ["", "await 1"], ["a", "'use strict'; with (a) {}"]]) {
  try { const f = Function(...args); console.log("ok", JSON.stringify(args), f.length); } catch (e) { console.log(JSON.stringify(args), e.constructor.name); }
}
try { Function({ toString() { throw new RangeError("ts"); } }, "")(); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// global scope, not lexical
(function () { const local2 = "local"; console.log(Function("return typeof local2")(), local2); })();
var globalish = "var";

// sloppy by default: this is global
console.log(Function("return this === globalThis")(), Function("'use strict'; return this")());
// prototype and constructability
const F = Function("this.v = 1");
console.log(new F().v, typeof F.prototype, F.prototype.constructor === F, Object.getPrototypeOf(F) === Function.prototype);
// generator / async constructors
const GF = Object.getPrototypeOf(function* () {}).constructor;
const AF = Object.getPrototypeOf(async function () {}).constructor;
const AGF = Object.getPrototypeOf(async function* () {}).constructor;
const g = GF("a", "yield a; yield a * 2");
console.log([...g(5)].join(","), JSON.stringify(g.toString()), GF.name, AF.name, AGF.name);
const af = AF("x", "return await x");
console.log(JSON.stringify(af.toString()), af.constructor === AF);
console.log(JSON.stringify(AGF("yield 1").toString()));
console.log(Function.length, Function.name, GF.length, Object.getPrototypeOf(GF) === Function);
af(3).then(v => console.log("async result", v));
