'use strict';
function typed(schema) {
  return new Proxy({}, {
    set(t, k, v) {
      if (!(k in schema)) throw new TypeError(`unknown field ${String(k)}`);
      if (typeof v !== schema[k]) throw new TypeError(`${k} must be ${schema[k]}, got ${typeof v}`);
      t[k] = v;
      return true;
    },
    deleteProperty(t, k) { throw new Error(`cannot delete ${k}`); },
  });
}
const user = typed({ name: 'string', age: 'number' });
user.name = 'Ada';
user.age = 36;
for (const f of [() => { user.age = 'old'; }, () => { user.email = 'x'; }, () => { delete user.name; }]) {
  try { f(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
console.log(JSON.stringify(user), Object.keys(user));
