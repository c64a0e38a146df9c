// Boolean: conversion table, wrappers, prototype methods
const log = console.log;
log([0, -0, NaN, '', null, undefined, 0n].map(Boolean));
log([1, -1, 'false', '0', ' ', [], {}, function () {}, Symbol(), 1n, Infinity].map(Boolean));
const t = new Boolean(false);
log(typeof t, !!t, t.valueOf(), t.toString(), t == false, t === false, Object.prototype.toString.call(t));
log(Boolean(), new Boolean().valueOf(), Boolean.length, Boolean.name);
log(true.toString(), false.toString(), Boolean.prototype.valueOf.call(true), Boolean.prototype.valueOf());
try { Boolean.prototype.toString.call('true'); } catch (e) { log(e.constructor.name, e.message); }
try { Boolean.prototype.valueOf.call({}); } catch (e) { log(e.constructor.name, e.message); }
log(Object.getPrototypeOf(true) === Boolean.prototype, Boolean.prototype.valueOf());
log(JSON.stringify([new Boolean(true), false]), `${new Boolean(true)}`);
class MyBool extends Boolean {}
const mb = new MyBool(1);
log(mb instanceof MyBool, mb.valueOf(), mb.toString());
log(true + true, true * 10, false - 1, 'x' + true, true == 1, true === 1);
let doc; log(Boolean(doc), !!doc);
log([true, false].sort(), [false, true].indexOf(true));
log(new Boolean(0) ? 'wrapper truthy' : 'falsy');
