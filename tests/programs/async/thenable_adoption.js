const order = [];
const thenable = { then(onF, onR) { order.push('then'); onF('adopted'); onF('ignored'); onR('ignored too'); } };
Promise.resolve(thenable).then(v => order.push('v:' + v));
const throwing = { then() { throw new Error('then threw'); } };
Promise.resolve(throwing).catch(e => order.push('e:' + e.message));
const afterResolve = { then(f) { f('first'); throw new Error('late'); } };
Promise.resolve(afterResolve).then(v => order.push('kept:' + v));
const getterThrows = { get then() { throw new Error('getter'); } };
Promise.resolve(getterThrows).catch(e => order.push('g:' + e.message));
const nonCallable = { then: 5 };
Promise.resolve(nonCallable).then(v => order.push('plain:' + v.then));
new Promise(r => r(Promise.resolve('nested'))).then(v => order.push('n:' + v));
setTimeoutish();
function setTimeoutish() { let p = Promise.resolve(); for (let i = 0; i < 8; i++) p = p.then(() => {}); p.then(() => console.log(order.join(', '))); }
