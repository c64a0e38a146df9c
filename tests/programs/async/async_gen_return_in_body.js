async function* g() {
  yield 1;
  return Promise.resolve('awaited return');
}
async function* h() { return; }
async function* k() { throw new Error('thrown at start'); }
(async () => {
  const it = g();
  console.log(await it.next(), await it.next(), await it.next());
  console.log(await h().next());
  try { await k().next(); } catch (e) { console.log('k', e.message); }
  const kk = k();
  const results = await Promise.allSettled([kk.next(), kk.next()]);
  console.log(results.map(r => r.status + ':' + (r.reason ? r.reason.message : JSON.stringify(r.value))));
})();
