// awaiting a thenable takes extra ticks (NewPromiseResolveThenableJob)
const thenable = { then(res) { console.log('then called'); res('T'); } };
async function a() { console.log('a:', await thenable); }
async function b() { console.log('b:', await Promise.resolve('P')); }
async function c() { console.log('c:', await 'V'); }
a(); b(); c();
let i = 0;
const tick = () => { if (++i < 6) { console.log('tick', i); Promise.resolve().then(tick); } };
Promise.resolve().then(tick);
