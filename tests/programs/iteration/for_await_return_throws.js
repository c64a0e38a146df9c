const it = { [Symbol.asyncIterator]() { return this; }, next() { return Promise.resolve({ value: 1, done: false }); }, return() { console.log("ret"); throw new Error("ret failed"); } };
(async () => {
  try { for await (const x of it) break; } catch (e) { console.log("caught", e.message); }
  try { for await (const x of it) throw new Error("body"); } catch (e) { console.log("caught", e.message); }
  async function f() { for await (const x of it) return 1; }
  try { await f(); } catch (e) { console.log("caught", e.message); }
})();
