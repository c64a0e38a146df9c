const log = [];
const inner = {
  [Symbol.iterator]() { return this; },
  i: 0,
  next() { const i = ++this.i; return { get done() { log.push("done" + i); return i > 2; }, get value() { log.push("value" + i); return i; } }; },
};
function* g() { const r = yield* inner; log.push("result " + r); }
const it = g();
const a = it.next(); log.push("got1");
const b = it.next(); log.push("got2");
const c = it.next();
console.log(a.value, b.value, c, log.join(" "));
