const log = [];
const delayed = (v, n) => { let p = Promise.resolve(v); for (let i = 0; i < n; i++) p = p.then(x => x); return p; };
Promise.all([delayed('a', 3), delayed('b', 1), 'c']).then(v => log.push('all:' + v.join('')));
Promise.race([delayed('slow', 3), delayed('fast', 1)]).then(v => log.push('race:' + v));
Promise.allSettled([delayed('x', 2), Promise.reject('y')]).then(v => log.push('settled:' + v.map(r => r.status).join(',')));
Promise.any([Promise.reject('n1'), delayed('any-ok', 2)]).then(v => log.push('any:' + v));
let p = Promise.resolve(); for (let i = 0; i < 10; i++) p = p.then(() => {});
p.then(() => console.log(log.join('\n')));
