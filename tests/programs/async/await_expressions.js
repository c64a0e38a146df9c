async function f() {
  const o = { a: await 1, [await 'k']: await 2 };
  const arr = [await 3, ...(await [4, 5])];
  const s = `${await 'x'}-${await 'y'}`;
  const t = (await 6) + (await 7) * 2;
  const c = (await true) ? await 'yes' : await 'no';
  const { d = await 8 } = {};
  const [e = await 9] = [];
  const call = Math.max(await 10, await 11);
  const n = await new Promise(r => r(12));
  return [o, arr, s, t, c, d, e, call, n, typeof await 0];
}
f().then(v => console.log(v));
async function params(a = await0(), b = a + 1) { return [a, b]; }
function await0() { return 'default'; }
params().then(console.log);
