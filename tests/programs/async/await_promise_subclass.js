class Spy extends Promise {
  then(f, r) { console.log('Spy.then called'); return super.then(f, r); }
}
(async () => {
  const v = await Spy.resolve('spied');
  console.log(v);
  const w = await new Spy(r => r('constructed'));
  console.log(w);
})();
const p = Promise.resolve(1);
Object.defineProperty(p, 'constructor', { get() { console.log('constructor read'); return Promise; } });
(async () => { console.log('await own-constructor promise', await p); })();
