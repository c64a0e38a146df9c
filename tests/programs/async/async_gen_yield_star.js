async function* inner() {
  const a = yield 'i1';
  console.log('inner got', a);
  yield 'i2';
  return 'inner-result';
}
async function* outer() {
  const r = yield* inner();
  console.log('yield* result', r);
  yield* ['s1', Promise.resolve('s2')];
  yield 'o-end';
}
(async () => {
  const g = outer();
  console.log(JSON.stringify(await g.next()));
  console.log(JSON.stringify(await g.next('A')));
  for (let i = 0; i < 5; i++) console.log(JSON.stringify(await g.next()));
})();
