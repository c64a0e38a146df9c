async function f() {
  try { await Promise.reject('a'); } catch (e) { console.log('caught', e); }
  console.log('continues');
}
f();
Promise.reject('b').catch(e => console.log('catch', e));
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3'));
