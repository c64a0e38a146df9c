var x = 'global x';
function defaultsSeeParamsNotBody(a = x, b = () => x) {
  var x = 'body x';
  return [a, b(), x];
}
console.log(defaultsSeeParamsNotBody());
function laterParamTDZ(a = b, b = 1) { return a; }
try { laterParamTDZ(); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(laterParamTDZ(5));
function earlierParam(a, b = a * 2) { return b; }
console.log(earlierParam(3));
function bodyVarCopiesParam(a = 1) {
  var a;
  return a;
}
console.log(bodyVarCopiesParam(), bodyVarCopiesParam(7));
function closureOverParamVsVar(p = 1, get = () => p) {
  var p = 2;
  return [p, get()];
}
console.log(closureOverParamVsVar());
function selfRef(a = a) { return a; }
try { selfRef(); } catch (e) { console.log(e.name + ': ' + e.message); }
function argumentsInDefault(a, b = arguments[0] + 1) { return b; }
console.log(argumentsInDefault(10));
function thisInDefault(a = this.v) { return a; }
console.log(thisInDefault.call({ v: 'this v' }));
function destructuringDefaults({ p = 1, q = p + 1 } = {}, [r = q] = []) { return [p, q, r]; }
console.log(destructuringDefaults(), destructuringDefaults({ p: 10 }));
function functionDeclShadowsParam(f = 1) { function f() {} return typeof f; }
console.log(functionDeclShadowsParam());
function evalInDefault(a = eval('1 + 1')) { return a; }
console.log(evalInDefault());
const arrowDefaults = (a, b = a + 1, ...rest) => [a, b, rest];
console.log(arrowDefaults(1), arrowDefaults(1, 5, 6, 7));
console.log(defaultsSeeParamsNotBody.length, laterParamTDZ.length, earlierParam.length, arrowDefaults.length);
