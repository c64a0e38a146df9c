// Logical assignment evaluation order with computed keys and proxies
const log = [];
const target = { a: 0, b: 1, c: undefined };
const p = new Proxy(target, {
  get(t, k) { log.push('get ' + String(k)); return t[k]; },
  set(t, k, v) { log.push('set ' + String(k) + '=' + v); t[k] = v; return true; },
});
const key = (k) => { log.push('key ' + k); return k; };
const val = (v) => { log.push('rhs'); return v; };
p[key('a')] ||= val(1);
p[key('b')] ||= val(2);
p[key('a')] &&= val(3);
p[key('c')] ??= val(4);
p[key('c')] ??= val(5);
console.log(log.join(' | '));
console.log(target);
