// structuredClone: deep copies, identity and cycles, supported kinds, DataCloneError
const log = console.log;
const shared = {s: 1};
const src = {a: [1, {b: 2}], m: new Map([[shared, 'v']]), set: new Set([shared]), n: null, u: undefined, x: shared, y: shared};
const c = structuredClone(src);
log(c, c.x === c.y, c.x !== shared, [...c.m.keys()][0] === c.x, [...c.set][0] === c.x);
const cyc = {name: 'root'}; cyc.self = cyc; cyc.list = [cyc];
const cc = structuredClone(cyc);
log(cc.self === cc, cc.list[0] === cc, cc !== cyc);
log(structuredClone(-0), structuredClone(NaN), structuredClone('s'), structuredClone(10n), structuredClone(true), structuredClone(null), structuredClone(undefined));
log(structuredClone([1, , 3]), structuredClone(Object.assign([1, 2], {extra: 'prop'})));
log(structuredClone(new Date(86400000)).toISOString(), structuredClone(/ab+c/gi).flags);
log(structuredClone(new Number(5)), structuredClone(new String('boxed')), structuredClone(new Boolean(true)));
class Point { constructor() { this.x = 1; } get len() { return 1; } }
const pc = structuredClone(new Point());
log(pc, pc instanceof Point, Object.getPrototypeOf(pc) === Object.prototype);
log(structuredClone({get computed() { return 'getter value'; }}));
const hidden = Object.defineProperty({visible: 1}, 'hidden', {value: 2});
log(structuredClone(hidden), structuredClone({[Symbol('s')]: 1, k: 2}));
const err = new TypeError('bad thing', {cause: 'c'}); err.extra = 'dropped';
const ec = structuredClone(err);
log(ec instanceof TypeError, ec.message, ec.cause, ec.extra, Object.getOwnPropertyNames(ec));
class CustomErr extends Error { constructor(m) { super(m); this.name = 'CustomErr'; } }
const cec = structuredClone(new CustomErr('custom'));
log(cec.constructor.name, cec.name, cec.message);
for (const bad of [() => 1, function named() {}, Symbol('sym'), {f() {}}, [Symbol()], new WeakMap(), Promise.resolve()]) {
  try { structuredClone(bad); log('cloned?'); } catch (e) { log(e.name, e.message, e instanceof Error, e.constructor.name, e.code); }
}
try { structuredClone(); } catch (e) { log(e.constructor.name, e.message); }
log(structuredClone.length, structuredClone.name, typeof DOMException);
const d = new DOMException('msg', 'DataCloneError');
log(d.name, d.message, d.code, String(d), d instanceof Error, Object.prototype.toString.call(d));
const d2 = new DOMException();
log(d2.name, JSON.stringify(d2.message), d2.code);
