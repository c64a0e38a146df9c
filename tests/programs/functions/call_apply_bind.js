// call / apply / bind: this coercion in sloppy vs strict, argument lists, bound constructors
function sloppy() { return typeof this === 'object' ? (this === globalThis ? 'global' : Object.prototype.toString.call(this)) : typeof this; }
function strict() { 'use strict'; return this === undefined ? 'undefined' : this === null ? 'null' : typeof this; }
for (const t of [undefined, null, 1, 'x', true, 1n, Symbol.iterator, {}]) console.log(sloppy.call(t), strict.call(t));
function sum(...a) { return a.reduce((x, y) => x + y, 0); }
console.log(sum.apply(null, [1, 2, 3]), sum.apply(null), sum.apply(null, null), sum.apply(null, { length: 2, 0: 5, 1: 6 }));
console.log(sum.apply(null, 'ignored'.length ? [] : []), sum.call(null, 1, 2));
try { sum.apply(null, 1); } catch (e) { console.log(e.constructor.name, e.message); }
try { sum.apply(null, 'ab'); } catch (e) { console.log(e.constructor.name, e.message); }
try { Function.prototype.call.call(1); } catch (e) { console.log(e.constructor.name, e.message); }
try { Function.prototype.bind.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
function Point(x, y) { this.x = x; this.y = y; }
const P1 = Point.bind({ ignored: true }, 1);
const p = new P1(2);
console.log(p, p instanceof Point, p instanceof P1, Object.getPrototypeOf(p) === Point.prototype, 'prototype' in P1);
class K { constructor(...a) { this.a = a; this.nt = new.target === K; } }
const BK = K.bind(null, 'x');
console.log(new BK('y'), Reflect.construct(BK, ['z']).nt);
try { BK(); } catch (e) { console.log(e.constructor.name, e.message); }
const arrowBound = (() => this).bind({ a: 1 });
console.log(arrowBound() === this);
const bound3 = sum.bind(null, 1).bind(null, 2).bind(null, 3);
console.log(bound3(4), bound3.length, bound3.name);
try { new (() => {})(); } catch (e) { console.log(e.constructor.name, e.message); }
try { new (sum.bind(null).bind(null))(); console.log('ok constructible'); } catch (e) { console.log(e.message); }
const m = { f() {} };
try { new m.f(); } catch (e) { console.log(e.constructor.name, e.message); }
try { new (async function () {})(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Object.getPrototypeOf(sum.bind(null)) === Function.prototype);
const protoChanged = function () {};
Object.setPrototypeOf(protoChanged, null);
console.log(Object.getPrototypeOf(Function.prototype.bind.call(protoChanged, null)));
