// Promise.withResolvers (ES2024) and Promise.try (ES2025): node 20 lacks both, so the
// expected output was derived from the spec (sec-promise.withresolvers, sec-promise.try).
const log = console.log;
const {promise, resolve, reject} = Promise.withResolvers();
promise.then((v) => log('withResolvers', v));
resolve('done'); resolve('ignored'); reject('ignored too');
log(Object.keys(Promise.withResolvers()));
log(Promise.withResolvers.length, Promise.withResolvers.name, Promise.try.length, Promise.try.name);
try { Promise.withResolvers.call(undefined); } catch (e) { log(e.constructor.name); }
try { Promise.try.call(1, () => {}); } catch (e) { log(e.constructor.name); }
const r1 = Promise.try(() => 'value');
log(r1 instanceof Promise);
r1.then((v) => log('try fulfilled', v));
Promise.try(() => { throw new RangeError('sync throw'); }).catch((e) => log('try rejected', e.constructor.name, e.message));
Promise.try((a, b) => a + b, 2, 3).then((v) => log('try args', v));
Promise.try(Promise.reject.bind(Promise), 'inner').catch((v) => log('try returns rejected promise', v));
let called = false;
Promise.try(() => { called = true; });
log('callback ran synchronously', called);
Promise.try(5).catch((e) => log('non-callable', e.constructor.name));
class P2 extends Promise {}
log(P2.try(() => 1) instanceof P2, P2.withResolvers().promise instanceof P2);
log('sync end');
