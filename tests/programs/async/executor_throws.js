const p = new Promise(() => { throw new RangeError('in executor'); });
p.catch(e => console.log('caught', e.constructor.name, e.message));
const q = new Promise(resolve => { resolve('first'); throw new Error('ignored'); });
q.then(v => console.log('resolved wins', v));
const r = new Promise((resolve, reject) => { resolve(1); reject(2); resolve(3); });
r.then(v => console.log('only first', v));
try { new Promise(); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Promise(5); } catch (e) { console.log(e.message); }
try { Promise(() => {}); } catch (e) { console.log(e.message); }
