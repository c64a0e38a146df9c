// ?? and logical assignment: short-circuit without setting, naming of anonymous functions
console.log(null ?? 1, undefined ?? 2, 0 ?? 3, '' ?? 4, false ?? 5, NaN ?? 6, (null || undefined) ?? 'x');
const log = [];
const o = {
  _a: 0, _b: 1, _c: null,
  get a() { log.push('get a'); return this._a; }, set a(v) { log.push('set a ' + v); this._a = v; },
  get b() { log.push('get b'); return this._b; }, set b(v) { log.push('set b ' + v); this._b = v; },
  get c() { log.push('get c'); return this._c; }, set c(v) { log.push('set c ' + v); this._c = v; },
};
o.a ||= 10; o.a ||= 20;
o.b &&= 30; o.a &&= 0;
o.c ??= 40; o.c ??= 50;
console.log(log);
const frozen = Object.freeze({ x: 1, y: null });
frozen.x ||= 5;
console.log(frozen.x);
(function () {
  'use strict';
  frozen.x ||= 5;
  try { frozen.y ??= 2; } catch (e) { console.log(e.constructor.name, e.message); }
})();
let fn1; fn1 ||= function () {};
let fn2 = 1; fn2 &&= () => {};
let fn3; fn3 ??= class {};
const obj = {}; obj.m ??= function () {};
console.log(fn1.name, fn2.name, fn3.name, JSON.stringify(obj.m.name));
const c = 1;
c ||= 2;
try { c &&= 3; } catch (e) { console.log(e.constructor.name, e.message); }
let count = 0;
const key = () => { count++; return 'k'; };
const kk = { k: 0 };
kk[key()] ||= 5; kk[key()] &&= 6; kk[key()] ??= 7;
console.log(kk, count);
try { undeclared1 ||= 1; } catch (e) { console.log(e.constructor.name, e.message); }
let a1 = 0, a2 = 1;
console.log((a1 ||= 'set'), (a2 &&= 'also'), a1, a2);
try { eval('null || undefined ?? 1'); } catch (e) { console.log(e.constructor.name); }
console.log((null || undefined) ?? 'ok', null ?? (0 || 'z'));
