const iterable = { [Symbol.asyncIterator]() { return { next() { return Promise.resolve({ value: 1, done: false }); }, return() { console.log('return called'); return null; } }; } };
async function* g() { for await (const x of iterable) { yield x; } }
(async () => {
  const it = g();
  console.log(await it.next());
  try { console.log(await it.return('R')); } catch (e) { console.log('rejected', e.constructor.name, e.message); }
  const it2 = g();
  await it2.next();
  try { console.log(await it2.throw(new Error('T'))); } catch (e) { console.log('throw kept', e.message); }
})();
