function* sync() {
  try {
    const x = yield 'first';
    console.log('sync got', x);
    yield Promise.resolve('promise value is awaited');
    return 'sync return';
  } finally { console.log('sync finally'); }
}
async function* outer() { const r = yield* sync(); console.log('outer got', r); }
(async () => {
  const it = outer();
  console.log(await it.next());
  console.log(await it.next('X'));
  console.log(await it.next());
  console.log(await it.next());
  const it2 = outer();
  await it2.next();
  console.log(await it2.return('early'));
})();
