// Array destructuring and iterator closing: return() only when not exhausted, errors, holes
const log = [];
function iter(n, { throwAt = -1, noReturn = false } = {}) {
  let i = 0;
  const it = {
    [Symbol.iterator]() { return this; },
    next() { log.push('next'); if (i === throwAt) throw new Error('next threw'); return i < n ? { value: i++, done: false } : { value: undefined, done: true }; },
  };
  if (!noReturn) it.return = () => { log.push('return'); return {}; };
  return it;
}
const [a, b] = iter(5);
console.log(a, b, log.splice(0));
const [c, d, e] = iter(2);
console.log(c, d, e, log.splice(0));
const [, , f] = iter(5);
console.log(f, log.splice(0));
const [...all] = iter(3);
console.log(all, log.splice(0));
const [] = iter(3);
console.log(log.splice(0));
try { const [g, h] = iter(5, { throwAt: 1 }); } catch (err) { console.log(err.message, log.splice(0)); }
const [k] = iter(5, { noReturn: true });
console.log(k, log.splice(0));
let target = {};
try { [target.x, { y: target.y } = null] = iter(5); } catch (err) { console.log(err.constructor.name, log.splice(0)); }
const badReturn = { [Symbol.iterator]() { return { next: () => ({ value: 1, done: false }), return: () => 5 }; } };
try { const [m] = badReturn; } catch (err) { console.log(err.constructor.name, err.message); }
