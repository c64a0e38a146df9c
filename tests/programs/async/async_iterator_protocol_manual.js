const asyncIterable = {
  from: 1, to: 4,
  [Symbol.asyncIterator]() {
    let cur = this.from, last = this.to;
    return {
      async next() {
        await null;
        return cur <= last ? { value: cur++, done: false } : { value: undefined, done: true };
      },
    };
  },
};
(async () => {
  for await (const n of asyncIterable) console.log(n);
  const agen = (async function* () { yield* asyncIterable; })();
  console.log(agen[Symbol.asyncIterator]() === agen);
  for await (const n of agen) console.log('delegated', n);
})();
