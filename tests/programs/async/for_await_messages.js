(async () => {
  try { for await (const x of 5) ; } catch (e) { console.log(e.constructor.name, e.message); }
  try { for await (const x of undefined) ; } catch (e) { console.log(e.constructor.name, e.message); }
  try { const o = {}; for await (const x of o.p) ; } catch (e) { console.log(e.constructor.name, e.message); }
  try { const o = { [Symbol.asyncIterator]: 1 }; for await (const x of o) ; } catch (e) { console.log(e.constructor.name); }
  try { await Promise.resolve().then(() => { null.f(); }); } catch (e) { console.log(e.message); }
})();
