async function f() {
  try {
    console.log('try');
    await Promise.reject(new Error('e1'));
  } catch (e) {
    console.log('catch', e.message);
    await null;
    throw new Error('e2');
  } finally {
    console.log('finally');
    await null;
    console.log('finally after await');
  }
}
f().catch(e => console.log('outer', e.message));
async function g() {
  for (const x of [1, 2, 3]) {
    try { if (x === 2) return 'returned ' + x; await x; } finally { console.log('g finally', x); }
  }
}
g().then(console.log);
