console.log(Object.fromEntries([['a', 1], ['b', 2]]));
console.log(Object.fromEntries(new Map([['x', 1], [Symbol.for('s'), 2]])));
console.log(Object.fromEntries(Object.entries({ p: 1, q: 2 }).map(([k, v]) => [k.toUpperCase(), v * 10])));
console.log(Object.fromEntries([['dup', 1], ['dup', 2]]), Object.fromEntries([]));
function* gen() { yield ['g', 1]; yield ['h', 2]; }
console.log(Object.fromEntries(gen()));
for (const bad of [null, undefined, 1, [1], [null]]) {
  try { Object.fromEntries(bad); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
const withProto = Object.fromEntries([['__proto__', 'own']]);
console.log(Object.keys(withProto), Object.getPrototypeOf(withProto) === Object.prototype);
console.log(Object.fromEntries([[1, 'one'], [{ toString() { return 'obj'; } }, 'o']]));
