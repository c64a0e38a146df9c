// call / apply: this binding in sloppy and strict code, array-likes
const log = console.log;
function sloppy() { return typeof this; }
function strict() { 'use strict'; return this === undefined ? 'undef' : typeof this; }
log(sloppy.call(1), sloppy.call(null), sloppy.call('s'), sloppy.apply(undefined));
log(strict.call(1), strict.call(null), strict.call(), strict.apply('x'));
function sum() { let t = 0; for (const x of arguments) t += x; return t; }
log(sum.apply(null, [1, 2, 3]), sum.apply(null, {length: 2, 0: 5, 1: 6}), sum.apply(null));
log(sum.apply(null, null), sum.apply(null, undefined), sum.call(null, 4, 5));
try { sum.apply(null, 1); } catch (e) { log(e.constructor.name, e.message); }
try { sum.apply(null, 'ab'); } catch (e) { log(e.constructor.name, e.message); }
log(Math.max.apply(null, [3, 9, 2]), Math.min.call(null, 4, -1));
log(Array.prototype.slice.call('abc'), Array.prototype.map.call('ab', (c) => c + c));
log(Function.prototype.call.call(function () { return this.v; }, {v: 'cc'}));
log(Function.prototype.apply.call(sum, null, [1, 1]));
try { Function.prototype.call.call(1); } catch (e) { log(e.constructor.name); }
log(sum.apply(null, [, 1]), sum.apply(null, new Array(2)));
log(Function.prototype.call.length, Function.prototype.apply.length);
log(Reflect.apply(sum, null, [7, 8]));
const holder = {v: 'h', get() { return this.v; }};
log(holder.get.call({v: 'other'}), holder.get.apply(holder));
