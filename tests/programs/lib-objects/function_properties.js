// name / length inference and attributes
const log = console.log;
function f(a, b = 1, c) {}
log(f.length, (function (...r) {}).length, ((a, {b}, [c]) => 0).length, ((a, b = 2, ...c) => 0).length);
const anon = function () {};
const arrow = () => {};
const obj = {method() {}, ['x' + 1]: function () {}, [Symbol('s')]: () => {}, get acc() { return 1; }};
log(anon.name, arrow.name, obj.method.name, obj.x1.name);
log(Object.getOwnPropertySymbols(obj).map((s) => obj[s].name));
log(Object.getOwnPropertyDescriptor(obj, 'acc').get.name);
class C { static sm() {} #p() {} m() {} static get sg() { return 1; } }
log(C.name, C.sm.name, C.prototype.m.name, Object.getOwnPropertyDescriptor(C, 'sg').get.name);
log((class {}).name, (class Named {}).name);
let assigned; assigned = function () {}; log(assigned.name);
const {dflt = function () {}} = {}; log(dflt.name);
log(new Function().name, Function.prototype.name === '', Function.prototype.length);
log(Object.getOwnPropertyDescriptor(f, 'name'), Object.getOwnPropertyDescriptor(f, 'length'));
log(arrow.hasOwnProperty('prototype'), obj.method.hasOwnProperty('prototype'));
log(Object.getOwnPropertyNames(function () { 'use strict'; }).sort());
log(Object.getOwnPropertyNames(() => {}).sort(), Object.getOwnPropertyNames(class {}).sort());
f.name = 'changed'; log(f.name);
Object.defineProperty(f, 'name', {value: 'redefined'}); log(f.name);
delete f.length; log(f.length, f.hasOwnProperty('length'));
log(typeof Function.prototype, Function.prototype(), Object.getPrototypeOf(Function.prototype) === Object.prototype);
log(Symbol('desc').description, Math.max.name, [].at.name, Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get.name);
(function () { 'use strict'; const g = function () { 'use strict'; }; try { g.caller; } catch (e) { log(e.constructor.name); } })();
