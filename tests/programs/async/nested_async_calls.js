async function a() { console.log('a start'); await b(); console.log('a end'); }
async function b() { console.log('b start'); await c(); console.log('b end'); }
async function c() { console.log('c start'); await null; console.log('c end'); }
a().then(() => console.log('a resolved'));
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3'))
  .then(() => console.log('p4')).then(() => console.log('p5'));
console.log('sync');
