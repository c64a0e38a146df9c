const log = [];
async function* g() { try { yield 1; yield 2; } finally { log.push('gen finally'); } }
(async () => {
  for await (const x of g()) { log.push('x ' + x); break; }
  log.push('after loop');
})();
(async () => {
  for await (const y of [1, 2]) { log.push('y ' + y); break; }
  log.push('after array loop');
})();
Promise.resolve().then(() => log.push('m1')).then(() => log.push('m2')).then(() => log.push('m3')).then(() => log.push('m4')).then(() => log.push('m5'));
let p = Promise.resolve(); for (let i = 0; i < 12; i++) p = p.then(() => {});
p.then(() => console.log(log.join('\n')));
