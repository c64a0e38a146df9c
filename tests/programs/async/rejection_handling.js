const p = Promise.reject(new TypeError('bad'));
p.then(() => console.log('never')).catch(e => console.log('caught', e.name, e.message));
p.then(null, e => console.log('second handler', e.message));
Promise.reject(42).then(undefined, r => { console.log('reason', r); return 'recovered'; })
  .then(v => console.log('after recovery', v));
new Promise((_, rej) => rej('x')).catch(r => { throw r + 'y'; }).catch(r => console.log('rethrown', r));
