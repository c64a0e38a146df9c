const p = Promise.resolve(1);
console.log(Promise.resolve(p) === p, Promise.reject(p) === p);
Promise.reject(p).catch(r => console.log('reject keeps promise as reason:', r === p));
const thenable = { then(r) { r('from thenable'); } };
Promise.resolve(thenable).then(v => console.log(v));
try { Promise.resolve.call(1, 2); } catch (e) { console.log(e.constructor.name, e.message); }
try { Promise.reject.call(undefined, 2); } catch (e) { console.log(e.constructor.name, e.message); }
try { Promise.prototype.then.call({}, () => {}); } catch (e) { console.log(e.message); }
try { Promise.prototype.then.call(1); } catch (e) { console.log(e.message); }
console.log(Object.getOwnPropertyNames(Promise.prototype).sort().join());
console.log(Object.getOwnPropertyNames(Promise).filter(k => k !== 'withResolvers' && k !== 'try').sort().join());
console.log(String(Promise.prototype[Symbol.toStringTag]));
