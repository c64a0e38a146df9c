async function* map(src, f) { for await (const x of src) yield f(x); }
async function* filter(src, p) { for await (const x of src) if (await p(x)) yield x; }
async function* take(src, n) { if (n <= 0) return; for await (const x of src) { yield x; if (--n <= 0) return; } }
async function* naturals() { let i = 0; try { while (true) yield i++; } finally { console.log('naturals closed at', i); } }
(async () => {
  const out = [];
  for await (const x of take(filter(map(naturals(), x => x * x), async x => x % 2 === 1), 4)) out.push(x);
  console.log(out);
})();
