// Map / Set / iterators / WeakMap / promises / boxed primitives
const log = console.log;
log(new Map(), new Set(), new Map([[1, 'a'], ['k', {v: [1, 2]}]]), new Set([1, 'a', [2], {o: 1}]));
log(new Map([[{key: 'obj'}, new Set([1])]]));
log([new Map([[1, 2]])], {m: new Map(), s: new Set([new Set([new Set([1])])])});
const m = new Map([[1, 'one'], [2, 'two'], [3, 'three']]);
const it = m.keys(); it.next();
log(it, m.values(), m.entries(), new Set(['x', 'y']).values(), new Set(['z']).entries());
const spent = m.entries(); spent.next(); spent.next(); spent.next(); log(spent);
log([1, 2][Symbol.iterator](), 'ab'[Symbol.iterator](), [1].entries());
log(new WeakMap(), new WeakSet());
log(Promise.resolve(42), Promise.resolve({a: 1}), new Promise(() => {}));
const rejected = Promise.reject('why'); rejected.catch(() => {}); log(rejected);
log(new Number(3), new String('ab'), new Boolean(false), Object(Symbol('q')), Object(10n), new Number(-0));
const boxed = new String('hi'); boxed.extra = 1; log(boxed);
const numWithProp = new Number(7); numWithProp.p = 'x'; log(numWithProp);
class MyMap extends Map {} class MySet extends Set {}
log(new MyMap([[1, 2]]), new MySet([1]));
const mm = new Map(); mm.set(mm, mm); log(mm);
log(new Map(Array.from({length: 3}, (_, i) => [i, 'v' + i])));
log(new Set(Array.from({length: 120}, (_, i) => i)).size);
const mapWithProp = new Map([[1, 1]]); mapWithProp.extra = true; log(mapWithProp);
