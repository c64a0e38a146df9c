const log = [];
const inner = new Proxy({ v: 1 }, {
  get(t, k, r) { log.push('inner get ' + String(k)); return Reflect.get(t, k, r); },
  ownKeys(t) { log.push('inner ownKeys'); return Reflect.ownKeys(t); },
});
const outer = new Proxy(inner, {
  get(t, k, r) { log.push('outer get ' + String(k)); return Reflect.get(t, k, r); },
});
console.log(outer.v, Object.keys(outer));
console.log(log);
const { proxy, revoke } = Proxy.revocable({}, {});
const wrapper = new Proxy(proxy, {});
revoke();
try { wrapper.x; } catch (e) { console.log(e.message); }
try { Object.keys(wrapper); } catch (e) { console.log(e.message); }
const deep = [1, 2, 3].reduce(p => new Proxy(p, {}), { deepest: true });
console.log(deep.deepest, Object.keys(deep));
