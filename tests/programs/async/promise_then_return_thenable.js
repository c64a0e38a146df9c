const order = [];
Promise.resolve().then(() => ({ then(r) { order.push('thenable then'); r('T'); } })).then(v => order.push('got ' + v));
Promise.resolve().then(() => order.push('a1')).then(() => order.push('a2')).then(() => order.push('a3')).then(() => order.push('a4'));
Promise.resolve().then(() => Promise.resolve('P')).then(v => order.push('got ' + v));
let p = Promise.resolve(); for (let i = 0; i < 8; i++) p = p.then(() => {});
p.then(() => console.log(order.join(' | ')));
