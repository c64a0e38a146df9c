const log = [];
Promise.resolve('v').finally(() => log.push('finally')).then(v => log.push('then ' + v));
Promise.resolve().then(() => log.push('b1')).then(() => log.push('b2')).then(() => log.push('b3')).then(() => log.push('b4'));
let p = Promise.resolve(); for (let i = 0; i < 8; i++) p = p.then(() => {});
p.then(() => console.log(log.join(', ')));
