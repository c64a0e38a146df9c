// a rejection handled later in the same turn is not reported; the output only shows handlers
const p = Promise.reject(new Error('late'));
Promise.resolve().then(() => {
  p.catch(e => console.log('handled late', e.message));
});
const q = Promise.reject('q');
q.then(null, r => console.log('q handled', r));
async function f() { throw 'from async'; }
f().catch(r => console.log('async rejection handled', r));
