// Object rest in destructuring: excluded keys, getters not called for excluded, symbols, order
const log = [];
const src = {
  get a() { log.push('get a'); return 1; }, get b() { log.push('get b'); return 2; }, c: 3, [Symbol.for('s')]: 4,
};
Object.defineProperty(src, 'hidden', { value: 5, enumerable: false });
const { a, ...rest } = src;
console.log(a, rest, log.splice(0));
const key = 'b';
const { [key]: bv, ...rest2 } = src;
console.log(bv, Object.keys(rest2), Object.getOwnPropertySymbols(rest2).length, log.splice(0));
const { ...fromString } = 'hi';
const { ...fromNumber } = 5;
console.log(fromString, fromNumber);
let r;
({ c: r, ...r } = { c: 1, d: 2 });
console.log(r);
const inherited = Object.create({ inh: 1 });
inherited.own = 2;
const { ...onlyOwn } = inherited;
console.log(onlyOwn);
try { const { ...x } = null; } catch (e) { console.log(e.constructor.name, e.message); }
const numKeys = { 2: 'two', 1: 'one', b: 'b', a: 'a' };
const { 1: one, ...others } = numKeys;
console.log(one, others);
