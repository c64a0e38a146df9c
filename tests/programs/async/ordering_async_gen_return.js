const log = [];
async function* g() {
  try { yield 'a'; yield 'b'; }
  finally { log.push('finally start'); await null; log.push('finally end'); }
}
const it = g();
it.next().then(r => log.push('next ' + r.value));
it.return({ then(r) { log.push('return thenable'); r('T'); } }).then(r => log.push('return ' + r.value + ' ' + r.done));
it.next().then(r => log.push('after return ' + r.done));
const it2 = g();
it2.return(Promise.resolve('start-return')).then(r => log.push('start return ' + r.value));
it2.next().then(r => log.push('it2 next ' + r.done));
Promise.resolve().then(() => log.push('q1')).then(() => log.push('q2')).then(() => log.push('q3')).then(() => log.push('q4'));
let p = Promise.resolve(); for (let i = 0; i < 12; i++) p = p.then(() => {});
p.then(() => console.log(log.join('\n')));
