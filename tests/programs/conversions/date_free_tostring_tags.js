// Object.prototype.toString and Symbol.toStringTag across builtins and user objects
const items = { array: [], func() {}, arrow: () => {}, error: new Error(), bool: new Boolean(1), num: new Number(1), str: new String(''),
  map: new Map(), set: new Set(), promise: Promise.resolve(), json: JSON, math: Math, args: (function () { return arguments; })(),
  gen: (function* () {})(), sym: Object(Symbol()), big: Object(1n), nullProto: Object.create(null), proxy: new Proxy([], {}) };
for (const [k, v] of Object.entries(items)) console.log(k, Object.prototype.toString.call(v));
class Custom { get [Symbol.toStringTag]() { return 'CustomTag'; } }
console.log(String(new Custom()), `${new Custom()}`, Object.prototype.toString.call(new Custom()));
const nonString = { [Symbol.toStringTag]: 42 };
console.log(Object.prototype.toString.call(nonString));
