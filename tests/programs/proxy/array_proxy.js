const arr = [1, 2, 3];
const log = [];
const p = new Proxy(arr, {
  get(t, k, r) { log.push('get ' + String(k)); return Reflect.get(t, k, r); },
  set(t, k, v, r) { log.push('set ' + String(k) + '=' + v); return Reflect.set(t, k, v, r); },
});
console.log(Array.isArray(p), Object.prototype.toString.call(p));
p.push(4);
console.log(log.join(', '));
log.length = 0;
console.log(p.length, p[3]);
p.length = 2;
console.log(arr, log.join(', '));
log.length = 0;
console.log(JSON.stringify(p));
const negative = new Proxy([], {
  get(t, k, r) {
    if (typeof k === 'string' && k[0] === '-' && Number(k) < 0) return t[t.length + Number(k)];
    return Reflect.get(t, k, r);
  }
});
negative.push('a', 'b', 'c');
console.log(negative[-1], negative[-3], negative.length);
console.log([...new Proxy([5, 6], {})], Array.from(new Proxy([7, 8], {})));
