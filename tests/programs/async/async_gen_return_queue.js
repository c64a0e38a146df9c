// return() while the generator is executing waits for its turn in the queue
async function* g() {
  try {
    yield 'a';
    await null;
    yield 'b';
  } finally {
    console.log('finally');
  }
}
const it = g();
const log = (tag) => (r) => console.log(tag, JSON.stringify(r));
it.next().then(log('n1'));
it.next().then(log('n2'));
it.return('R').then(log('ret'));
it.next().then(log('n3'));
