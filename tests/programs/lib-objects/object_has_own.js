// Object.hasOwn and hasOwnProperty across kinds
const log = console.log;
const o = {a: undefined};
log(Object.hasOwn(o, 'a'), Object.hasOwn(o, 'b'), Object.hasOwn(o, 'toString'));
log(Object.hasOwn([1, 2], 1), Object.hasOwn([1, 2], 2), Object.hasOwn([1, 2], 'length'));
log(Object.hasOwn('abc', 1), Object.hasOwn('abc', 'length'), Object.hasOwn('abc', 3));
const s = Symbol();
log(Object.hasOwn({[s]: 1}, s));
log(Object.hasOwn({1: 'x'}, 1), Object.hasOwn({1: 'x'}, '1'));
try { Object.hasOwn(null, 'a'); } catch (e) { log(e.constructor.name, e.message); }
try { Object.hasOwn(undefined); } catch (e) { log(e.constructor.name); }
log(Object.hasOwn.length, Object.hasOwn.name);
log(Object.prototype.hasOwnProperty.call(Object.create({x: 1}), 'x'));
log({}.hasOwnProperty.call(function () {}, 'prototype'), {}.hasOwnProperty.call(() => {}, 'prototype'));
log(Object.hasOwn(class { static m() {} }, 'm'));
const key = {toString() { return 'a'; }};
log(Object.hasOwn(o, key));
log(Object.hasOwn(Object.create(null, {z: {value: 1}}), 'z'));
