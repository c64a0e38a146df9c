// Object.defineProperties / Object.create with property maps
const log = console.log;
const o = Object.defineProperties({}, {
  a: {value: 1, enumerable: true},
  b: {get() { return this.a + 1; }, enumerable: true},
  c: {value: 3},
});
log(o, o.b, o.c, Object.keys(o));
const c = Object.create({p: 1}, {own: {value: 'v', enumerable: true, writable: true}});
log(c, c.p, Object.getPrototypeOf(c));
log(Object.create(null));
try { Object.create(5); } catch (e) { log(e.constructor.name, e.message); }
try { Object.create(undefined); } catch (e) { log(e.constructor.name, e.message); }
try { Object.defineProperties({}, {x: 1}); } catch (e) { log(e.constructor.name, e.message); }
try { Object.defineProperties({}, null); } catch (e) { log(e.constructor.name, e.message); }
const s = Symbol('s');
const withSym = Object.defineProperties({}, {[s]: {value: 'sym', enumerable: true}});
log(withSym[s]);
const partial = {};
try {
  Object.defineProperties(partial, {ok: {value: 1}, bad: {get: 1}});
} catch (e) { log(e.constructor.name, Object.getOwnPropertyNames(partial)); }
log(Object.defineProperties.length, Object.create.length);
const arr = Object.defineProperties([], {0: {value: 'zero', enumerable: true, configurable: true, writable: true}});
log(arr, arr.length);
