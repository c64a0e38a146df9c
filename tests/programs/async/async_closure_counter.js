function makeCounter() {
  let count = 0;
  return async function inc(by = 1) { const old = count; await null; count = old + by; return count; };
}
const inc = makeCounter();
Promise.all([inc(), inc(5), inc()]).then(v => console.log('racy increments', v));
const inc2 = makeCounter();
(async () => { await inc2(); await inc2(5); console.log('sequential', await inc2()); })();
