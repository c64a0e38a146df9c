async function* inner() {
  try { yield 1; yield 2; } finally { console.log('inner finally'); }
}
async function* outer() {
  try { yield* inner(); } finally { console.log('outer finally'); }
}
(async () => {
  const g = outer();
  console.log(await g.next());
  console.log(await g.return('R'));
  console.log(await g.next());
  const h = outer();
  await h.next();
  try { await h.throw(new Error('T')); } catch (e) { console.log('throw propagated', e.message); }
})();
