async function f() { null.x; }
f().catch(e => console.log(e.constructor.name + ': ' + e.message));
async function g() { undefinedVariable; }
g().catch(e => console.log(e.constructor.name + ': ' + e.message));
async function h() { await 1; const u = undefined; u(); }
h().catch(e => console.log(e.constructor.name + ': ' + e.message));
const arrow = async () => { throw 'plain string'; };
arrow().catch(e => console.log('string:', e));
async function deep(n) { if (n === 0) throw new RangeError('bottom'); await null; return deep(n - 1); }
deep(5).catch(e => console.log('deep', e.message));
