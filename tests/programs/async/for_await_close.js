const iterable = {
  [Symbol.asyncIterator]() {
    let i = 0;
    return {
      next() { i++; console.log('next', i); return Promise.resolve({ value: i, done: i > 5 }); },
      return() { console.log('return called'); return Promise.resolve({ done: true }); },
    };
  },
};
async function main() {
  for await (const x of iterable) { if (x === 2) break; }
  try { for await (const x of iterable) { if (x === 1) throw new Error('body throws'); } }
  catch (e) { console.log('caught', e.message); }
  const r = await (async () => { for await (const x of iterable) { return x * 100; } })();
  console.log('returned', r);
}
main();
