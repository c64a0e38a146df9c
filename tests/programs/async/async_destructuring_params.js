async function f({ a, b = await0() } = {}, [c, ...rest] = [1, 2, 3]) {
  return [a, b, c, rest, await (a ?? 'no a')];
}
function await0() { return 'default b'; }
f().then(v => console.log(v));
f({ a: 'A', b: 'B' }, ['x']).then(v => console.log(v));
const g = async ({ x }) => x * 2;
g({ x: 21 }).then(console.log);
f(null).catch(e => console.log(e.constructor.name));
