async function* gen() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log('cleanup');
    await null;
    console.log('cleanup done');
  }
}
(async () => {
  const g = gen();
  console.log(await g.next());
  console.log(await g.return(42));
  console.log(await g.next());
  const h = gen();
  console.log(await h.next());
  try { await h.throw(new Error('boom')); } catch (e) { console.log('thrown out', e.message); }
  console.log(await h.next());
  const fresh = gen();
  console.log(await fresh.return(Promise.resolve('early')));
  try { await gen().throw('at start'); } catch (e) { console.log('start throw', e); }
})();
