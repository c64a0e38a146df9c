function outer() {
  const arrow = () => arguments[0];
  const nested = () => (() => arguments.length)();
  return [arrow('ignored'), nested()];
}
console.log(outer('outer arg', 2));
function shadowedParam(arguments) { return arguments; }
console.log(shadowedParam('param named arguments'));
function shadowedVar() { var arguments = 'var'; return arguments; }
console.log(shadowedVar());
function varNoInit() { var arguments; return typeof arguments; }
console.log(varNoInit(1));
function fnNamedArguments() { function arguments() {} return typeof arguments; }
console.log(fnNamedArguments());
function letArguments() { let arguments = 'let'; return arguments; }
console.log(letArguments());
function argsInDefault(a, b = arguments.length) { return b; }
console.log(argsInDefault(1), argsInDefault(1, undefined, 3));
function argsEval(a) { return eval("arguments[0]") + eval("arguments.length"); }
console.log(argsEval(5, 6));
function argsEvalMapped(a) { eval("arguments[0] = 'via eval'"); return a; }
console.log(argsEvalMapped(1));
class K { m() { return arguments.length; } static s() { return [...arguments]; } }
console.log(new K().m(1, 2), K.s(3, 4));
const objm = { m() { arguments[0] = 9; return arguments[0]; } };
console.log(objm.m(1));
function gen() { return (function* () { yield arguments[0]; yield arguments.length; })('g', 'h'); }
console.log([...gen()]);
function modifyLength() { arguments.length = 1; return [...arguments]; }
console.log(modifyLength(1, 2, 3));
