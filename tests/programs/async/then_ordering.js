// microtask ordering between independent then chains
const log = [];
Promise.resolve().then(() => log.push('a1')).then(() => log.push('a2')).then(() => log.push('a3'));
Promise.resolve().then(() => log.push('b1')).then(() => log.push('b2')).then(() => log.push('b3'));
log.push('sync');
Promise.resolve().then(() => Promise.resolve().then(() => log.push('nested')));
setTimeoutLike();
function setTimeoutLike() { Promise.resolve().then(() => Promise.resolve()).then(() => console.log(log.join(' '))); }
