function* g() {}
const GF = Object.getPrototypeOf(g);
console.log(Object.prototype.toString.call(GF), Object.getPrototypeOf(GF) === Function.prototype);
const GP = GF.prototype;
console.log(Object.prototype.toString.call(GP), typeof GP.next, typeof GP.return, typeof GP.throw);
console.log(Object.getPrototypeOf(GP) === Object.getPrototypeOf([][Symbol.iterator]()).__proto__);
try { GP.next.call({}); } catch (e) { console.log(e.constructor.name); }
console.log(GP.next.length, GP.return.length, GP.throw.length);
const it = g();
console.log(it[Symbol.iterator]() === it);
