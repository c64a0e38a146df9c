// returning a promise from an async function costs 3 ticks; returning a value 1
async function retValue() { return 1; }
async function retPromise() { return Promise.resolve(2); }
async function awaitPromise() { return await Promise.resolve(3); }
retValue().then(v => console.log('value', v));
retPromise().then(v => console.log('promise', v));
awaitPromise().then(v => console.log('await', v));
let i = 0;
const tick = () => { if (++i < 6) { console.log('tick', i); Promise.resolve().then(tick); } };
Promise.resolve().then(tick);
