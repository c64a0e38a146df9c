// throw() forwarded by yield* to a sync iterable without a throw method (node 20 semantics)
async function* g() {
  try { yield* ['a', 'b']; } finally { console.log('outer finally'); }
}
(async () => {
  const it = g();
  console.log(await it.next());
  try { await it.throw(new Error('E')); } catch (e) { console.log('rejected with', e.message); }
  console.log(await it.next());
  function* withThrow() { try { yield 1; } catch (e) { console.log('sync caught', e); yield 'handled'; } }
  const it2 = (async function* () { yield* withThrow(); })();
  await it2.next();
  console.log(await it2.throw('X'));
})();
