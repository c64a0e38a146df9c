const log = [];
async function a1() { log.push('a1 start'); await a2(); log.push('a1 end'); }
async function a2() { log.push('a2'); }
log.push('script start');
a1();
new Promise(r => { log.push('promise executor'); r(); }).then(() => log.push('promise then'));
log.push('script end');
let p = Promise.resolve(); for (let i = 0; i < 6; i++) p = p.then(() => {});
p.then(() => console.log(log.join('\n')));
