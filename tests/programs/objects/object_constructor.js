console.log(typeof Object(), Object(null), Object(undefined), typeof Object(1), typeof Object('s'), typeof Object(Symbol()));
const o = {};
console.log(Object(o) === o, new Object(o) === o);
const n = new Object(5);
console.log(n instanceof Number, n + 1, typeof n);
console.log(Object.length, Object.name, Object.prototype.constructor === Object);
console.log(Object.getOwnPropertyNames(Object).filter((k) => k !== 'groupBy'));  // groupBy: ES2024, not in node 20
class Sub extends Object { constructor() { super(); this.made = true; } }
const s = new Sub();
console.log(s.made, s instanceof Sub, Object.getPrototypeOf(s) === Sub.prototype);
console.log(Object.getPrototypeOf(Object) === Function.prototype, Object.getPrototypeOf(Object.prototype));
