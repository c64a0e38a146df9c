async function* g() {
  const a = yield Promise.resolve('awaited before yield');
  console.log('received', a);
  yield new Promise(r => r('second'));
  try { yield Promise.reject(new Error('rejected yield operand')); }
  catch (e) { console.log('yield operand rejection caught inside', e.message); yield 'after catch'; }
}
(async () => {
  const it = g();
  console.log(await it.next());
  console.log(await it.next('A'));
  console.log(await it.next());
  console.log(await it.next());
  console.log(await it.next());
})();
