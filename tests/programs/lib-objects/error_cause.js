// Error options: cause (HasProperty, getters, inherited) for every constructor
const log = console.log;
log(new Error('a', {cause: 'c'}).cause, Object.getOwnPropertyDescriptor(new Error('a', {cause: 1}), 'cause'));
log('cause' in new Error('a', {}), 'cause' in new Error('a', {cause: undefined}));
log(new Error('a', {cause: undefined}).cause);
log('cause' in new Error('a', 'not an object'), 'cause' in new Error('a', null));
const opts = Object.create({cause: 'inherited'});
log(new Error('a', opts).cause);
let reads = 0;
const getterOpts = {get cause() { reads++; return 'lazy'; }};
log(new Error('a', getterOpts).cause, reads);
for (const C of [EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError]) {
  const x = new C('m', {cause: C.name});
  log(C.name, x.cause, x.name, x instanceof C, Object.getOwnPropertyNames(x));
}
const ag = new AggregateError([], 'agg', {cause: 'why'});
log(ag.cause, Object.getOwnPropertyNames(ag));
try { new Error('a', {get cause() { throw new RangeError('from getter'); }}); } catch (e) { log(e.constructor.name, e.message); }
const chain = new Error('outer', {cause: new Error('inner', {cause: 'root'})});
log(chain.cause.message, chain.cause.cause);
const msgOrder = [];
new Error({toString() { msgOrder.push('message'); return 'm'; }}, {get cause() { msgOrder.push('cause'); return 1; }});
log(msgOrder);
const p = new Proxy({}, {has(t, k) { log('has', k); return false; }, get(t, k) { log('get', k); }});
log('cause' in new Error('x', p));
