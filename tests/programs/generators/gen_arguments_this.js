function* g() { yield arguments.length; yield this && this.tag; yield [...arguments]; }
console.log([...g(1, 2, 3)]);
const obj = { tag: "T", g };
console.log([...obj.g()]);
const proto = Object.getPrototypeOf(g);
console.log(typeof g.prototype, Object.getPrototypeOf(g.prototype) === proto.prototype);
const it = g();
console.log(Object.getPrototypeOf(it) === g.prototype, it instanceof g);
try { new g(); } catch (e) { console.log(e.constructor.name); }
g.prototype = null;
console.log(Object.getPrototypeOf(g()) === proto.prototype);
