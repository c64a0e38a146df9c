// Promise.all / allSettled / any / race / resolve / reject / withResolvers ordering
const log = console.log;
const delay = (v, fail) => new Promise((res, rej) => Promise.resolve().then(() => (fail ? rej(v) : res(v))));
Promise.all([1, delay(2), Promise.resolve(3)]).then((v) => log('all', v));
Promise.all([delay('x', true), 2]).catch((e) => log('all rejects', e));
Promise.all([]).then((v) => log('all empty', v));
Promise.allSettled([1, delay('no', true)]).then((v) => log('allSettled', v));
Promise.any([delay('a', true), delay('b')]).then((v) => log('any', v));
Promise.any([]).catch((e) => log('any empty', e.constructor.name, e.errors, e.message));
Promise.race([delay('slow'), 'fast']).then((v) => log('race', v));
Promise.race([]).then(() => log('never'));
const p = Promise.resolve(1);
const rej = Promise.reject(1); rej.catch(() => {});
log(Promise.resolve(p) === p, rej instanceof Promise);
Promise.reject(new Error('r')).catch((e) => log('caught', e.message));
Promise.all('ab').then((v) => log('all string', v));
Promise.all(5).catch((e) => log('all non-iterable', e.constructor.name));
const thenable = {then(res) { res('from thenable'); }};
Promise.resolve(thenable).then((v) => log(v));
log(Promise.all.length, Promise.race.length, Promise.resolve.length);
Promise.allSettled([Promise.reject(new Error('E'))]).then(([r]) => log(r.status, r.reason.message));
class MyPromise extends Promise {}
const mp = MyPromise.resolve(1);
log(mp instanceof MyPromise, mp.then(() => {}) instanceof MyPromise, MyPromise.all([]) instanceof MyPromise);
try { Promise.resolve.call(1); } catch (e) { log(e.constructor.name, e.message); }
log('sync end');
