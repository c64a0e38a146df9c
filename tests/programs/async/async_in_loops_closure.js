const tasks = [];
for (let i = 0; i < 3; i++) tasks.push(async () => { await null; return i; });
Promise.all(tasks.map(t => t())).then(v => console.log('let per iteration', v));
var fns = [];
for (var j = 0; j < 3; j++) fns.push(async () => { await null; return j; });
Promise.all(fns.map(f => f())).then(v => console.log('var shared', v));
(async () => {
  const results = [];
  for (const x of [3, 1, 2]) results.push(await new Promise(r => r(x * 2)));
  console.log('sequential', results);
  console.log('mapped', await Promise.all([3, 1, 2].map(async x => { await null; return x * 3; })));
})();
