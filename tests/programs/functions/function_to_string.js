// Function.prototype.toString returns the exact source text slice
function  spaced ( a,b )  { return a /* comment */ + b; }
console.log(spaced.toString());
console.log((function () { 'use strict'; }).toString());
console.log((() => 1).toString(), (async (x) => { await x; }).toString());
console.log(String(function* gen() { yield 1; }), String(async function* ag() {}));
const o = { m(a) { return a; }, get g() { return 1; }, set s(v) {}, async am() {}, *gm() {}, ['c' + 1]() {}, 'q'() {} };
console.log(o.m.toString(), Object.getOwnPropertyDescriptor(o, 'g').get.toString(), Object.getOwnPropertyDescriptor(o, 's').set.toString());
console.log(o.am.toString(), o.gm.toString(), o.c1.toString(), o.q.toString());
class A { constructor(x) { this.x = x; } static st() {} #p() {} m() {} }
console.log(A.toString());
console.log(A.st.toString(), A.prototype.m.toString());
class B extends A {}
console.log(B.toString(), (class {}).toString());
console.log(Math.max.toString(), Function.prototype.toString.call(Array), String(Symbol));
console.log(spaced.bind(null).toString(), Function.prototype.toString.call(class {}.constructor));
console.log(new Function('a', 'b', 'return a + b').toString());
console.log(new Function().toString());
try { Function.prototype.toString.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(`${function /* c */ f /* d */ () {}}`);
