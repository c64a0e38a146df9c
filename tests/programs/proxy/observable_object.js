function observe(obj, onChange, path = []) {
  return new Proxy(obj, {
    get(t, k, r) {
      const v = Reflect.get(t, k, r);
      return v && typeof v === 'object' ? observe(v, onChange, path.concat(String(k))) : v;
    },
    set(t, k, v, r) {
      const old = t[k];
      const ok = Reflect.set(t, k, v, r);
      onChange(path.concat(String(k)).join('.'), old, v);
      return ok;
    },
    deleteProperty(t, k) {
      onChange(path.concat(String(k)).join('.'), t[k], undefined);
      return Reflect.deleteProperty(t, k);
    },
  });
}
const state = observe({ user: { name: 'a', tags: [] }, count: 0 }, (p, o, n) => console.log('change', p, JSON.stringify(o), '->', JSON.stringify(n)));
state.count++;
state.user.name = 'b';
state.user.tags.push('t1');
delete state.count;
console.log(JSON.stringify(state));
