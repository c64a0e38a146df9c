async function f() { throw new Error('sync part'); }
async function g() { await null; throw new Error('after await'); }
async function h() { try { await Promise.reject(new Error('awaited rejection')); } catch (e) { return 'handled ' + e.message; } }
console.log(f() instanceof Promise);
f().catch(e => console.log('f', e.message));
g().catch(e => console.log('g', e.message));
h().then(v => console.log('h', v));
async function k() { try { return await Promise.reject('r'); } finally { console.log('finally in k'); } }
k().catch(r => console.log('k rejected', r));
