function* gen() { yield 1; yield Promise.resolve(2); yield 3; }
Promise.all(gen()).then(v => console.log('from generator', v));
Promise.all(new Set(['s1', 's2'])).then(v => console.log('from set', v));
Promise.all('ab').then(v => console.log('from string', v));
const iter = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next() { i++; if (i === 3) throw new Error('next threw'); return { value: i, done: false }; },
      return() { console.log('return should not be called'); return {}; },
    };
  },
};
Promise.all(iter).catch(e => console.log('rejected:', e.message));
const badResolve = Promise.resolve;
class P2 extends Promise {}
P2.resolve = function (v) { console.log('custom resolve', v); return badResolve.call(this, v); };
P2.all([1, 2]).then(v => console.log('custom all', v));
