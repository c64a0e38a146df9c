// Optional calls keep the receiver; short-circuit skips argument evaluation and later members
const log = [];
const arg = (x) => { log.push(x); return x; };
const o = { v: 1, m(a) { return this.v + a; }, nil: null, inner: { get deep() { log.push('deep getter'); return { f() { return this === o.inner.deepObj; } }; } } };
console.log(o.m?.(1), o?.m(2), o?.['m']?.(3), o.nil?.(arg('skipped')), log);
console.log(o.nil?.a.b.c(arg('never')), o.nil?.[arg('never key')], log);
console.log(o.missing?.(), o.missing?.().x.y, typeof o.missing?.bind);
const fnHolder = { fn: function () { return this === fnHolder; } };
console.log(fnHolder.fn?.(), fnHolder?.fn(), (fnHolder?.fn)(), fnHolder?.['fn']?.());
const arr = [() => 'first'];
console.log(arr[0]?.(), arr[1]?.(), arr?.[0]());
const chain = { a: { b: null } };
console.log(chain.a.b?.c, chain.a?.b?.c?.d, chain?.a?.b ?? 'fallback');
let count = 0;
const counter = { get obj() { count++; return { x: 1 }; } };
console.log(counter.obj?.x, counter.obj?.x, count);
