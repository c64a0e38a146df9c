const p = new Proxy({}, {
  ownKeys() { return ['a', Symbol.for('s'), 'b', '0']; },
  getOwnPropertyDescriptor(t, k) {
    console.log('gopd', String(k));
    return k === 'b' ? undefined : { value: 1, enumerable: true, configurable: true };
  },
});
console.log(Object.getOwnPropertyNames(p));
console.log(Object.getOwnPropertySymbols(p).map(String));
console.log(Object.keys(p));
console.log(Object.values(p));
console.log(Object.getOwnPropertyDescriptors(p));
