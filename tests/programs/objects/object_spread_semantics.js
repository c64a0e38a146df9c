const log = [];
const src = {
  get a() { log.push('get a'); return 1; },
  b: 2,
  [Symbol.for('s')]: 3,
};
Object.defineProperty(src, 'hidden', { value: 4, enumerable: false });
const copy = { before: 0, ...src, after: 5 };
console.log(copy, log);
console.log(Object.getOwnPropertyDescriptor(copy, 'a'));
// spread defines, it does not call setters on the result
const withSetter = { set x(v) { console.log('setter ran'); }, ...{ x: 1 } };
console.log(Object.getOwnPropertyDescriptor(withSetter, 'x').value);
console.log({ ...null, ...undefined, ...1, ...'ab', ...[9, 8], ...true });
const proto = { inherited: 1 };
console.log({ ...Object.create(proto) });
const { a, ...rest } = { a: 1, b: 2, c: 3 };
console.log(a, rest);
const frozen = { ...Object.freeze({ f: 1 }) };
frozen.f = 2;
console.log(frozen.f, Object.isFrozen(frozen));
