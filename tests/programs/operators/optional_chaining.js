// Optional chaining: whole-chain short-circuit, calls keep `this`, delete, with ??
const log = [];
const side = (v) => (log.push(v), v);
const o = { a: { b: { c: 1, f() { return this === o.a.b; } } }, n: null, arr: [10, 20], fn: null };
console.log(o?.a?.b?.c, o.n?.x.y.z, o.missing?.x.y(), o.a.b.f?.(), o.fn?.(side('arg')), log);
console.log(o?.['a']?.['b'], o.arr?.[1], o.nope?.[side('key')], log);
console.log((o.n?.x)?.y, o.a?.b.f(), o.a.b?.f?.());
const u = undefined;
console.log(u?.x, u?.[0], u?.(), u?.x.y.z.w(), typeof u?.x);
console.log(delete o?.a?.b?.c, o.a.b, delete u?.x, delete o.n?.x);
try { (o.n?.x).y; } catch (e) { console.log(e.constructor.name, e.message); }
try { o.a?.nope(); } catch (e) { console.log(e.constructor.name, e.message); }
try { o.a.b.c?.(); } catch (e) { console.log(e.constructor.name, e.message); }
const withThis = { v: 7, get() { return this?.v; } };
console.log(withThis.get?.(), withThis?.get(), (withThis?.get)(), withThis?.['get']?.());
class P { #x = 5; static read(o) { return o?.#x; } }
console.log(P.read(new P()), P.read(null), P.read(undefined));
console.log(0?.toFixed(1), ''?.length, false?.toString());
const f = null;
console.log(f?.(side('a'), side('b')), log.length);
console.log(o.a?.b.c ?? 'dflt', o.n?.b ?? 'dflt');
function g() { return this; }
const holder = { g };
console.log(holder?.g() === holder, holder.g?.() === holder, (holder?.g)?.() === holder);
