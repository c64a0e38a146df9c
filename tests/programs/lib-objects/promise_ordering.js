// microtask ordering: then chains, async/await, thenables, finally, queueMicrotask
const log = console.log;
const out = [];
Promise.resolve().then(() => out.push('p1')).then(() => out.push('p2')).then(() => out.push('p3'));
queueMicrotask(() => out.push('qm1'));
(async () => { out.push('async start'); await null; out.push('after await 1'); await null; out.push('after await 2'); })();
Promise.resolve().then(() => out.push('q1'));
const thenable = {then(r) { out.push('thenable.then'); r('t'); }};
Promise.resolve(thenable).then((v) => out.push('thenable value ' + v));
Promise.reject('e').finally(() => out.push('finally')).catch((e) => out.push('catch ' + e));
Promise.resolve(1).finally(() => 2).then((v) => out.push('finally passes ' + v));
Promise.resolve(1).finally(() => { throw 'f'; }).catch((e) => out.push('finally throws ' + e));
new Promise((res) => { out.push('executor sync'); res(); }).then(() => out.push('executor then'));
const resolvedWithPromise = new Promise((res) => res(Promise.resolve('inner')));
resolvedWithPromise.then((v) => out.push('nested ' + v));
out.push('sync end');
(async () => { for (let i = 0; i < 20; i++) await null; log(out.join('\n')); })();
try { queueMicrotask('x'); } catch (e) { log(e.constructor.name, e.message); }
try { queueMicrotask(); } catch (e) { log(e.constructor.name, e.message); }
try { queueMicrotask({}); } catch (e) { log(e.constructor.name, e.message); }
log(typeof queueMicrotask, queueMicrotask.length);
