Promise.resolve(1).finally(() => { console.log('finally 1'); return 99; }).then(v => console.log('value kept', v));
Promise.reject(2).finally(() => console.log('finally 2')).catch(r => console.log('reason kept', r));
Promise.resolve(3).finally(() => { throw new Error('from finally'); }).catch(e => console.log('override', e.message));
Promise.reject(4).finally(() => Promise.reject(5)).catch(r => console.log('override reject', r));
Promise.resolve(6).finally(() => new Promise(r => r(7))).then(v => console.log('waits, keeps', v));
Promise.resolve(8).finally('not callable').then(v => console.log('non-callable', v));
console.log(Promise.prototype.finally.length, Promise.prototype.finally.name);
