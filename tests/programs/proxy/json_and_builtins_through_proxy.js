const traps = [];
const p = new Proxy({ b: 1, a: [1, 2], toJSON: undefined }, {
  get(t, k, r) { traps.push('get ' + String(k)); return Reflect.get(t, k, r); },
  ownKeys(t) { traps.push('ownKeys'); return Reflect.ownKeys(t); },
  getOwnPropertyDescriptor(t, k) { traps.push('gopd ' + String(k)); return Reflect.getOwnPropertyDescriptor(t, k); },
});
console.log(JSON.stringify(p));
console.log(traps.join(', '));
traps.length = 0;
const arr = new Proxy([3, 1, 2], {
  get(t, k, r) { traps.push('get ' + String(k)); return Reflect.get(t, k, r); },
});
console.log(JSON.stringify(arr));
console.log(traps.join(', '));
console.log(Object.prototype.toString.call(arr), Array.isArray(arr));
console.log(String(new Proxy({ toString() { return 'custom'; } }, {})), `${new Proxy([1, 2], {})}`);
console.log(new Proxy({ valueOf() { return 41; } }, {}) + 1);
