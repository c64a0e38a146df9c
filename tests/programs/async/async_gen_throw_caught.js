async function* g() {
  while (true) {
    try { yield 'waiting'; }
    catch (e) { console.log('caught inside', e); yield 'recovered from ' + e; }
  }
}
(async () => {
  const it = g();
  console.log(await it.next());
  console.log(await it.throw('E1'));
  console.log(await it.next());
  console.log(await it.throw('E2'));
  console.log(await it.return('done'));
  try { await it.throw('E3'); } catch (e) { console.log('after completion', e); }
})();
