
function test() {
  var x = 'local';
  var e = eval;
  const forms = {
    direct: eval('x'),
    parenthesized: (eval)('x'),
    comma: (0, eval)('typeof x === "string" ? "global-ish" : "none"'),
    alias: e('typeof x'),
    member: globalThis.eval('typeof x'),
    call: eval.call(null, 'typeof x'),
    apply: eval.apply(null, ['typeof x']),
    optional: eval?.('typeof x'),
    array: [eval][0]('typeof x'),
  };
  return forms;
}
console.log(test());
function shadowedEval() {
  var eval = function (s) { return 'not the real eval: ' + s; };
  return eval('1 + 1');
}
console.log(shadowedEval());
function evalAsParam(eval) { return eval('2 + 2'); }
console.log(evalAsParam(s => 'param ' + s));
function evalViaWith() {
  var o = { eval: s => 'with eval ' + s };
  with (o) return eval('3');
}
console.log(evalViaWith());
