const t = {};
Object.defineProperty(t, 'ro', { value: 1, writable: false, configurable: false });
Object.defineProperty(t, 'noget', { set(v) {}, configurable: false });
Object.defineProperty(t, 'noset', { get() { return 1; }, configurable: false });
Object.defineProperty(t, 'cfg', { value: 1, writable: false, configurable: true });
const lies = new Proxy(t, { get() { return 2; }, set() { return true; } });
for (const k of ['ro', 'noget', 'noset', 'cfg']) {
  try { console.log('get', k, lies[k]); } catch (e) { console.log('get', k, e.message); }
}
(function () {
  'use strict';
  for (const [k, v] of [['ro', 2], ['ro', 1], ['noset', 5], ['noget', 5], ['cfg', 9]]) {
    try { lies[k] = v; console.log('set', k, v, 'ok'); } catch (e) { console.log('set', k, v, e.message); }
  }
})();
const honest = new Proxy(t, { get(tt, k) { return Reflect.get(tt, k); } });
console.log(honest.ro, honest.noget, honest.noset);
const objVal = {};
Object.defineProperty(objVal, 'o', { value: { a: 1 } });
try { new Proxy(objVal, { get() { return [1]; } }).o; } catch (e) { console.log(e.message); }
try { new Proxy(Object.defineProperty({}, 'n', { value: NaN }), { get() { return NaN; } }).n; console.log('NaN ok'); } catch (e) { console.log(e.message); }
try { new Proxy(Object.defineProperty({}, 'z', { value: 0 }), { get() { return -0; } }).z; console.log('-0 ok'); } catch (e) { console.log(e.message); }
