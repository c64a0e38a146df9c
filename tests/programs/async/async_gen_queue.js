// requests queue up while the generator awaits
async function* gen() {
  for (let i = 0; i < 3; i++) {
    await null;
    console.log('producing', i);
    yield i;
  }
}
const g = gen();
const ps = [g.next(), g.next(), g.next(), g.next(), g.next()];
ps.forEach((p, i) => p.then(r => console.log('result', i, JSON.stringify(r))));
