async function* gen() {
  console.log('start');
  yield 1;
  const x = yield Promise.resolve(2);
  console.log('got', x);
  return 3;
}
const g = gen();
console.log(Object.prototype.toString.call(g), typeof g.next);
g.next().then(r => console.log('r1', r));
g.next().then(r => console.log('r2', r));
g.next('sent').then(r => console.log('r3', r));
g.next().then(r => console.log('r4', r));
console.log('sync end');
