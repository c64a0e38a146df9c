function* g() {
  try { yield 1; yield 2; yield 3; } finally { console.log('sync finally'); }
}
(async () => {
  for await (const v of g()) { console.log(v); if (v === 2) break; }
  try {
    for await (const v of g()) { throw new Error('boom ' + v); }
  } catch (e) { console.log(e.message); }
})();
