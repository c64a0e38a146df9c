// ++ and -- on every kind of value: ToNumeric, prefix vs postfix results, BigInt, getters
let s = '5'; const r1 = s++; console.log(r1, typeof r1, s);
let t = '5'; const r2 = ++t; console.log(r2, t);
let n = null; n++; console.log(n);
let u; u++; console.log(u);
let b = true; b--; console.log(b);
let arr = [3]; arr++; console.log(arr);
let o = { valueOf() { return 10; } }; const old = o++; console.log(old, o);
let big = 5n; const oldBig = big--; console.log(oldBig, big, typeof big);
let str = 'abc'; str++; console.log(str);
let negz = -1; negz++; console.log(Object.is(negz, 0), Object.is(-0 - 0, -0));
const obj = { _v: 1, get v() { console.log('get'); return this._v; }, set v(x) { console.log('set', x); this._v = x; } };
console.log(obj.v++, obj._v);
console.log(--obj.v, obj._v);
const a = [1, 2];
let i = 0;
a[i++]++;
console.log(a, i);
let x = 1;
const y = x++ + x++;
console.log(x, y, x-- - --x, x);
const sym = { v: Symbol() };
try { sym.v++; } catch (e) { console.log(e.constructor.name, e.message); }
let max = Number.MAX_SAFE_INTEGER; max++; max++; console.log(max);
