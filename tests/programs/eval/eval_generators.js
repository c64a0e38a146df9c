function* gen() {
  const x = yield 1;
  yield eval("x * 2");
  eval("var fromEval = 'gen var'");
  yield fromEval;
}
const it = gen();
console.log(it.next().value, it.next(21).value, it.next().value, it.next().done);
