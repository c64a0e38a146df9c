async function main() {
  for await (const x of [1, Promise.resolve(2), new Promise(r => r(3))]) console.log('x', x);
  for await (const c of 'ab') console.log('c', c);
  function* g() { yield Promise.resolve('g1'); yield 'g2'; }
  for await (const v of g()) console.log('v', v);
  try {
    for await (const y of [Promise.reject(new Error('rejected element'))]) console.log('never', y);
  } catch (e) { console.log('caught', e.message); }
}
main().then(() => console.log('done'));
Promise.resolve().then(() => console.log('interleaved 1')).then(() => console.log('interleaved 2'));
