const hidden = new Set(['secret']);
const p = new Proxy({ secret: 1, open: 2 }, {
  has(t, k) { console.log('has', String(k)); return !hidden.has(k) && k in t; }
});
console.log('secret' in p, 'open' in p, 'toString' in p);
with_check();
function with_check() {
  const child = Object.create(p);
  console.log('open' in child, 'nope' in child);
}
console.log(Reflect.has(p, 'open'));
// Object.prototype.hasOwnProperty does not use `has`
console.log(Object.prototype.hasOwnProperty.call(p, 'secret'));
// invariant: a non-configurable own property cannot be hidden
const t = {};
Object.defineProperty(t, 'fixed', { value: 1 });
try { 'fixed' in new Proxy(t, { has() { return false; } }); } catch (e) { console.log(e.message); }
const ne = Object.preventExtensions({ y: 1 });
try { 'y' in new Proxy(ne, { has() { return false; } }); } catch (e) { console.log(e.message); }
console.log('absent' in new Proxy(ne, { has() { return false; } }));
