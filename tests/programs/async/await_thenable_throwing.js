(async () => {
  try { await { then() { throw new Error('then throws'); } }; }
  catch (e) { console.log('1', e.message); }
  try { await { then(_, reject) { reject('explicit reject'); } }; }
  catch (e) { console.log('2', e); }
  const v = await { then(resolve) { resolve({ then(r2) { r2('nested thenable'); } }); } };
  console.log('3', v);
  let calls = 0;
  const w = await { then(resolve) { calls++; resolve('once'); resolve('twice'); } };
  console.log('4', w, calls);
  const never = { then() {} };
  Promise.race([never, new Promise(r => r('race winner'))]).then(v => console.log('5', v));
})();
