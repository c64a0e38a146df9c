console.log('a');
const p = new Promise((resolve) => {
  console.log('executor runs synchronously');
  resolve('x');
  console.log('after resolve, still in executor');
});
console.log('b');
p.then(v => console.log('then', v));
console.log('c');
let captured;
new Promise((res, rej) => { captured = [res, rej]; });
console.log(captured.map(f => [typeof f, f.length, f.name === '']).join(' | '));
