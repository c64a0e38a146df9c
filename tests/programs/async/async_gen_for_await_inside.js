async function* source() { yield 'a'; await null; yield 'b'; yield 'c'; }
async function* upper(src) {
  for await (const s of src) {
    const r = yield s.toUpperCase();
    if (r === 'stop') { console.log('stopping'); return 'stopped'; }
  }
  return 'exhausted';
}
(async () => {
  const it = upper(source());
  console.log(await it.next());
  console.log(await it.next());
  console.log(await it.next('stop'));
  console.log(await it.next());
  const all = [];
  for await (const v of upper(source())) all.push(v);
  console.log(all);
})();
