// AggregateError: errors array from any iterable, message, cause, property order
const log = console.log;
const ag = new AggregateError([new Error('a'), 'b', 3], 'several');
log(ag.name, ag.message, ag.errors.length, ag.errors[1], ag.errors[2]);
log(Object.getOwnPropertyNames(ag), Object.getOwnPropertyDescriptor(ag, 'errors').enumerable);
log(Array.isArray(ag.errors), ag.errors !== ag.errors ? 'fresh' : 'same');
log(new AggregateError(new Set([1, 2])).errors, new AggregateError('xy').errors);
log(new AggregateError([]).hasOwnProperty('message'), AggregateError([]).message);
try { new AggregateError(); } catch (e) { log(e.constructor.name, e.message); }
try { new AggregateError(5); } catch (e) { log(e.constructor.name, e.message); }
log(AggregateError.length, AggregateError.name, Object.getPrototypeOf(AggregateError) === Error);
log(AggregateError.prototype.name, AggregateError.prototype.message, String(ag));
log(Object.getPrototypeOf(AggregateError.prototype) === Error.prototype);
log(ag instanceof AggregateError, ag instanceof Error);
Promise.any([Promise.reject(1), Promise.reject(2)]).catch((e) => {
  log(e.constructor.name, e.errors, e.message);
});
const order = [];
new AggregateError({[Symbol.iterator]() { order.push('iter'); return [][Symbol.iterator](); }},
  {toString() { order.push('msg'); return 'm'; }});
log(order);
class Multi extends AggregateError {}
const m = new Multi([1]);
log(m instanceof Multi, m.name, m.errors);
