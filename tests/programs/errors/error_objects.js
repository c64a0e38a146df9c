// Error constructors: message, cause, toString, names, AggregateError, prototype chain
const ctors = [Error, TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError];
for (const C of ctors) {
  const e = new C('msg');
  console.log(C.name, C.length, e.name, e.message, String(e), e instanceof Error, Object.getPrototypeOf(C) === (C === Error ? Function.prototype : Error));
  console.log(Object.prototype.hasOwnProperty.call(e, 'name'), Object.prototype.hasOwnProperty.call(C.prototype, 'name'), C.prototype.message === '');
}
console.log(Error('no new') instanceof Error, TypeError('x').constructor === TypeError);
console.log(new Error().message === '', Object.prototype.hasOwnProperty.call(new Error(), 'message'), new Error(undefined).hasOwnProperty('message'));
console.log(new Error(42).message, new Error({ toString() { return 'obj msg'; } }).message, new Error(null).message);
const c1 = new Error('c', { cause: 0 });
console.log(c1.cause, Object.getOwnPropertyDescriptor(c1, 'cause'));
console.log('cause' in new Error('x', { cause: undefined }), 'cause' in new Error('x', {}), 'cause' in new Error('x', 'str'));
const causeGetter = { get cause() { console.log('cause getter'); return 'from getter'; } };
console.log(new TypeError('t', causeGetter).cause);
console.log(Error.prototype.toString.call({}), Error.prototype.toString.call({ name: '', message: 'only msg' }));
console.log(Error.prototype.toString.call({ name: 'OnlyName', message: '' }), Error.prototype.toString.call({ name: undefined, message: undefined }));
try { Error.prototype.toString.call(1); } catch (e) { console.log(e.constructor.name, e.message); }
const custom = new Error('c');
custom.name = 'Custom';
console.log(String(custom), custom.toString === Error.prototype.toString);
class ValidationError extends Error {
  constructor(field) { super('bad ' + field, { cause: field }); this.name = 'ValidationError'; this.field = field; }
}
const ve = new ValidationError('email');
console.log(String(ve), ve.cause, ve.field, ve instanceof ValidationError, ve instanceof Error, Object.keys(ve));
const agg = new AggregateError([new Error('a'), new TypeError('b')], 'many', { cause: 'c' });
console.log(agg.name, agg.message, agg.errors.map(String), agg.cause, AggregateError.length, Object.getPrototypeOf(AggregateError) === Error);
console.log(new AggregateError(new Set([1, 2])).errors, Object.getOwnPropertyDescriptor(agg, 'errors').enumerable);
try { new AggregateError(5); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Object.prototype.toString.call(new TypeError()), Object.prototype.toString.call(agg));
console.log(typeof Error.captureStackTrace, Error.stackTraceLimit);
