const { proxy, revoke } = Proxy.revocable({ a: 1 }, {});
console.log(proxy.a, typeof revoke, revoke.length, revoke.name === '');
console.log(revoke(), revoke());
const ops = {
  get: () => proxy.a, set: () => { proxy.a = 2; }, has: () => 'a' in proxy,
  deleteProperty: () => delete proxy.a, ownKeys: () => Object.keys(proxy),
  getPrototypeOf: () => Object.getPrototypeOf(proxy), setPrototypeOf: () => Object.setPrototypeOf(proxy, null),
  isExtensible: () => Object.isExtensible(proxy), preventExtensions: () => Object.preventExtensions(proxy),
  getOwnPropertyDescriptor: () => Object.getOwnPropertyDescriptor(proxy, 'a'),
  defineProperty: () => Object.defineProperty(proxy, 'a', { value: 1 }), isArray: () => Array.isArray(proxy),
};
for (const [name, f] of Object.entries(ops)) {
  try { f(); console.log(name, 'no error'); } catch (e) { console.log(name, e.constructor.name + ': ' + e.message); }
}
console.log(typeof proxy);
const fn = Proxy.revocable(function () { return 1; }, {});
console.log(fn.proxy());
fn.revoke();
console.log(typeof fn.proxy);
try { fn.proxy(); } catch (e) { console.log(e.message); }
try { new fn.proxy(); } catch (e) { console.log(e.message); }
// a revoked proxy can still be a target or handler
const p2 = new Proxy(proxy, {});
try { p2.x; } catch (e) { console.log(e.message); }
console.log(Object.keys(Proxy.revocable({}, {})));
