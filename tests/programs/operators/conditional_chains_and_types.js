// Conditional operator: lazy branches, nesting, mixed result types, use as call target and lvalue source
const log = [];
const f = (x) => { log.push(x); return x; };
const pick = (n) => n > 0 ? f('pos') : n < 0 ? f('neg') : f('zero');
console.log(pick(1), pick(-1), pick(0), log.splice(0));
const o = { a() { return 'a:' + (this === o); }, b() { return 'b'; } };
console.log((true ? o.a : o.b)(), (false ? o.a : o.b)());
const kind = (v) => typeof v === 'number' ? v % 2 ? 'odd' : 'even' : Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v;
console.log([1, 2, [], null, 'x', undefined].map(kind));
let target;
(Math.random() < 2 ? (target = 'assigned in branch') : null);
console.log(target);
