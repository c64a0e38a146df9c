// Object.groupBy / Map.groupBy (ES2024): node 20 lacks both, so the expected output was derived
// from the spec (sec-object.groupby, sec-map.groupby: null prototype, ToPropertyKey, -0 -> "0")
// and printed in node's inspect format.
const log = console.log;
const g = Object.groupBy([1, 2, 3, 4, 5, 6], (x) => (x % 2 ? 'odd' : 'even'));
log(g, Object.getPrototypeOf(g));
log(Object.groupBy('hello', (c) => c));
log(Object.groupBy([], () => 'x'));
log(Object.groupBy([1.5, 2.5], (x, i) => i));
log(Object.groupBy([1, 2], () => -0));
log(Object.groupBy([{n: 'a', v: 1}, {n: 'b', v: 2}, {n: 'a', v: 3}], (o) => o.n));
const s = Symbol('k');
log(Object.groupBy([1], () => s));
try { Object.groupBy(null, () => 1); } catch (e) { log(e.constructor.name); }
try { Object.groupBy([1], 'notfn'); } catch (e) { log(e.constructor.name); }
log(Object.groupBy.length, Object.groupBy.name);
log(Map.groupBy([1, 2, 3], (x) => x > 1));
log(Object.keys(Object.groupBy([3, 1, 2], (x) => x)));
