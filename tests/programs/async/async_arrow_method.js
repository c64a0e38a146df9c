const o = {
  v: 5,
  async m() { return this.v + await 1; },
  async *ag() { yield this.v; },
};
class C {
  constructor() { this.w = 7; }
  async get() { const f = async () => this.w * await 2; return f(); }
  static async s(x) { return x; }
}
o.m().then(v => console.log('method', v));
new C().get().then(v => console.log('arrow this', v));
C.s('static').then(console.log);
o.ag().next().then(r => console.log('async gen method', r.value));
const add = async (a, b) => a + b;
add(2, 3).then(v => console.log('arrow', v));
console.log(typeof add, add.length, add.name, o.m.name, Object.getPrototypeOf(add) === Object.getPrototypeOf(async function () {}));
console.log(Object.prototype.toString.call(add), add.prototype, 'prototype' in add);
