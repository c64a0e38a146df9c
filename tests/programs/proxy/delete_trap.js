const p = new Proxy({ a: 1, b: 2 }, {
  deleteProperty(t, k) {
    console.log('delete', k);
    if (k === 'b') return false;
    return delete t[k];
  }
});
console.log(delete p.a, delete p.b, delete p.zz);
console.log(Reflect.deleteProperty(p, 'b'));
(function () {
  'use strict';
  try { delete p.b; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
})();
const t = {};
Object.defineProperty(t, 'nc', { value: 1 });
try { delete new Proxy(t, { deleteProperty() { return true; } }).nc; } catch (e) { console.log(e.message); }
try { delete new Proxy(Object.preventExtensions({ q: 1 }), { deleteProperty() { return true; } }).q; } catch (e) { console.log(e.message); }
console.log(delete new Proxy(Object.preventExtensions({}), { deleteProperty() { return true; } }).absent);
