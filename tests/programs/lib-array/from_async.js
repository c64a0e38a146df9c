// Array.fromAsync (ES2026; node 20 lacks it).  The expected output was derived by hand
// from the proposal text merged into ECMA-262 (sec-array.fromasync): values and mapped
// values are awaited, sync iterables go through CreateAsyncFromSyncIterator, array-likes
// are read by index, and every error rejects the returned promise.
const log = (...a) => console.log(...a);
async function* ag() { yield "a"; yield Promise.resolve("b"); }
async function main() {
  log((await Array.fromAsync(ag())).join());
  log((await Array.fromAsync([1, Promise.resolve(2), 3])).join());
  log((await Array.fromAsync([1, 2], async (x, i) => x * 10 + i)).join());
  log((await Array.fromAsync({ length: 3, 0: "x", 1: Promise.resolve("y") })).map(String).join());
  log((await Array.fromAsync(new Set([4, 5]))).join(), (await Array.fromAsync("hi")).join(), (await Array.fromAsync([])).length);
  log((await Array.fromAsync([1], function (x) { return this.m * x; }, { m: 7 }))[0]);
  for (const [label, items, fn] of [["null", null], ["undefined", undefined], ["bad mapfn", [1], "no"], ["rejects", [Promise.reject(new RangeError("r"))]]]) {
    try { await Array.fromAsync(items, fn); log(label, "resolved"); } catch (e) { log(label, e.constructor.name); }
  }
  const p = Array.fromAsync(5);
  log(p instanceof Promise, (await p).length);
  function C() { this.made = true; }
  const viaC = await Array.fromAsync.call(C, [1, 2]);
  log(viaC instanceof C, viaC.made, viaC.length, viaC[1]);
  const likeC = await Array.fromAsync.call(C, { length: 1, 0: "q" });
  log(likeC instanceof C, likeC.length, likeC[0]);
  let closed = 0;
  const it = { [Symbol.asyncIterator]() { return { next() { return Promise.resolve({ value: 1, done: false }); }, return() { closed++; return Promise.resolve({}); } }; } };
  try { await Array.fromAsync(it, () => { throw new TypeError("map"); }); } catch (e) { log(e.message, closed); }
  const order = [];
  const pending = Array.fromAsync([1], (x) => { order.push("map"); return x; });
  order.push("sync");
  await pending;
  log(order.join(), Array.fromAsync.length, Array.fromAsync.name);
}
main();
