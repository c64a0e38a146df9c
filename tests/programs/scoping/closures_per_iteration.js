function collect(make) { return make().map(f => f()).join(','); }
console.log(collect(() => { var fs = []; for (let i = 0; i < 3; i++) fs.push(() => i); return fs; }));
console.log(collect(() => { var fs = []; for (var i = 0; i < 3; i++) fs.push(() => i); return fs; }));
console.log(collect(() => { var fs = []; for (const k in { a: 1, b: 2 }) fs.push(() => k); return fs; }));
console.log(collect(() => { var fs = []; for (const v of [7, 8]) fs.push(() => v); return fs; }));
console.log(collect(() => { var fs = []; for (let i = 0; i < 3; i++) { fs.push(() => i); i++; } return fs; }));
console.log(collect(() => { var fs = []; let j = 0; while (j < 3) { let c = j; fs.push(() => c); j++; } return fs; }));
console.log(collect(() => { var fs = []; for (let i = 0; i < 2; i++) { let i2 = i * 10; fs.push(() => i2); } return fs; }));
function counterFactory() {
  let count = 0;
  return { inc: () => ++count, get: () => count };
}
const c1 = counterFactory(), c2 = counterFactory();
c1.inc(); c1.inc(); c2.inc();
console.log(c1.get(), c2.get());
function loopWithClosureModifying() {
  var fs = [];
  for (let i = 0; i < 3; i++) fs.push(() => ++i);
  return fs.map(f => f()).concat(fs.map(f => f()));
}
console.log(loopWithClosureModifying());
function labelledContinue() {
  var fs = [];
  outer: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { if (j === 1) continue outer; fs.push(() => i + ':' + j); } }
  return fs.map(f => f());
}
console.log(labelledContinue());
