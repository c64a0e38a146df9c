// Evaluation order of assignments: object, key, ToPropertyKey timing, RHS, then [[Set]]
const log = [];
const obj = () => { log.push('obj'); return target; };
const key = (k) => ({ toString() { log.push('ToPropertyKey ' + k); return k; } });
const keyFn = (k) => { log.push('key ' + k); return key(k); };
const rhs = (v) => { log.push('rhs'); return v; };
const target = new Proxy({}, { set(t, k, v) { log.push('set ' + String(k) + '=' + v); t[k] = v; return true; },
  get(t, k) { log.push('get ' + String(k)); return t[k]; } });
obj()[keyFn('a')] = rhs(1);
console.log(log.splice(0).join(' | '));
// (with an object key, `o[k] op= v` and `o[k]++` convert k once by the spec but twice in V8:
// tests/test_vm_references.py covers them)
const keyP = (k) => { log.push('key ' + k); return k; };
obj()[keyP('a')] += rhs(2);
console.log(log.splice(0).join(' | '));
obj()[keyP('a')]++;
console.log(log.splice(0).join(' | '));
try { null[keyFn('x')] = rhs(1); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(log.splice(0).join(' | '));
try { undefined[keyFn('y')] += rhs(1); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(log.splice(0).join(' | '));
let x = 1;
x = x++ + ++x;
console.log(x);
let y = 5;
y += (y = 10);
console.log(y);
const arr = [1, 2, 3];
let i = 0;
arr[i++] = arr[i++] + 10;
console.log(arr, i);
const f = (n) => { log.push('f' + n); return n; };
console.log(f(1) + f(2) * f(3), f(4) ** f(5) ** f(0), log.splice(0).join(','));
console.log([f(1), ...[f(2), f(3)], f(4)].length, log.splice(0).join(','));
const o2 = { [f('k1')]: f('v1'), [f('k2')]: f('v2') };
console.log(Object.keys(o2), log.splice(0).join(','));
function g(a, b, c) { return [a, b, c]; }
g(f(1), f(2), f(3));
console.log(log.splice(0).join(','));
let z;
const chain = (z = 3, z * 2);
let p, q, r;
p = q = r = 7;
console.log(chain, p, q, r);
const sp = { _v: 0, get v() { log.push('get v'); return this._v; }, set v(n) { log.push('set v ' + n); this._v = n; } };
sp.v += 1; sp.v **= 2; sp.v++; --sp.v; sp.v = sp.v;
console.log(log.splice(0).join(' | '), sp._v);
