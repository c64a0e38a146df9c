let resolveOuter;
const outer = new Promise(r => { resolveOuter = r; });
outer.then(v => console.log('outer', v));
console.log('before resolve');
resolveOuter('value');
console.log('after resolve (handlers not run yet)');
Promise.resolve().then(() => {
  console.log('job 1');
  Promise.resolve().then(() => console.log('job 3 (queued by job 1)'));
}).then(() => console.log('job 2 or 4?'));
Promise.resolve().then(() => console.log('job 2'));
