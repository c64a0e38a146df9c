// Array.prototype[Symbol.unscopables] and with-statement interaction
const u = Array.prototype[Symbol.unscopables];
console.log(Object.getPrototypeOf(u), Object.keys(u).sort().join());
const d = Object.getOwnPropertyDescriptor(Array.prototype, Symbol.unscopables);
console.log(d.writable, d.enumerable, d.configurable);
console.log(Object.getOwnPropertyDescriptor(u, "flat"));
var keys = "outer", values = "outer2", push = "outer3";
with ([1, 2]) {
  console.log(keys, values, typeof push, length);
}
