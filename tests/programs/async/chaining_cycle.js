let resolveSelf;
const p = new Promise(r => { resolveSelf = r; });
resolveSelf(p);
p.catch(e => console.log(e instanceof TypeError, e.message));
const q = Promise.resolve().then(() => q);
q.catch(e => console.log('then cycle:', e.message));
