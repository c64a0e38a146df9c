const p = new Proxy({}, {
  defineProperty(t, k, d) {
    console.log('define', k, JSON.stringify(d), Object.keys(d));
    return Reflect.defineProperty(t, k, d);
  }
});
Object.defineProperty(p, 'a', { value: 1, writable: true });
Object.defineProperty(p, 'g', { get() { return 1; }, enumerable: true });
p.b = 2;
Object.defineProperties(p, { c: { value: 3 }, d: { value: 4, configurable: true } });
console.log(Object.getOwnPropertyNames(p));
const refuse = new Proxy({}, { defineProperty() { return false; } });
console.log(Reflect.defineProperty(refuse, 'x', { value: 1 }));
try { Object.defineProperty(refuse, 'x', { value: 1 }); } catch (e) { console.log(e.message); }
refuse.y = 1;  // sloppy: silently ignored
console.log(refuse.y);
function tryDefine(label, target, desc) {
  try { Object.defineProperty(new Proxy(target, { defineProperty() { return true; } }), 'x', desc); console.log(label, 'ok'); }
  catch (e) { console.log(label, e.message); }
}
tryDefine('nc-new', {}, { value: 1, configurable: false });
tryDefine('ne-new', Object.preventExtensions({}), { value: 1, configurable: true });
tryDefine('incompatible', Object.defineProperty({}, 'x', { value: 1 }), { value: 2 });
tryDefine('compatible', Object.defineProperty({}, 'x', { value: 1 }), { value: 1 });
tryDefine('nc-over-c', { x: 1 }, { value: 1, configurable: false });
tryDefine('nonwritable', Object.defineProperty({}, 'x', { value: 1, writable: true }), { value: 1, writable: false, configurable: false });
