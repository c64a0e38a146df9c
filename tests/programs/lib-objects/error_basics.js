// Error objects: own properties, message coercion, prototype chain, toString
const log = console.log;
const e = new Error('msg');
log(Object.getOwnPropertyNames(e), e.name, e.message, e instanceof Error);
log(Object.getOwnPropertyDescriptor(e, 'message'));
log(new Error().hasOwnProperty('message'), new Error(undefined).hasOwnProperty('message'), new Error('').hasOwnProperty('message'));
log(new Error(42).message, new Error(null).message, new Error({toString() { return 'obj'; }}).message);
log(Error('called').message, Error('x') instanceof Error);
log(String(e), e.toString(), `${new TypeError('tt')}`);
log(Error.prototype.toString.call({name: 'Custom', message: 'm'}));
log(Error.prototype.toString.call({name: '', message: 'only message'}));
log(Error.prototype.toString.call({name: 'OnlyName', message: ''}));
log(Error.prototype.toString.call({}), Error.prototype.toString.call({name: undefined, message: undefined}));
log(Error.prototype.toString.call({name: 5, message: true}));
try { Error.prototype.toString.call(1); } catch (x) { log(x.constructor.name, x.message); }
log(Error.prototype.name, Error.prototype.message === '', Object.prototype.toString.call(Error.prototype));
log(Object.prototype.toString.call(e), Object.prototype.toString.call(new RangeError()));
log(Error.length, Error.name, Error.prototype.constructor === Error);
log(Object.keys(e), JSON.stringify(e), JSON.stringify({e}));
e.name = 'Renamed'; log(String(e));
class AppError extends Error {
  constructor(message, code) { super(message); this.name = 'AppError'; this.code = code; }
}
const ae = new AppError('failed', 42);
log(ae instanceof AppError, ae instanceof Error, String(ae), ae.code, Object.getOwnPropertyNames(ae));
log(Object.getPrototypeOf(AppError) === Error, ae.constructor.name);
try { throw ae; } catch (caught) { log(caught === ae, caught.message); }
const e2 = new Error('msg2');
log(typeof e2.stack, e2.stack.split('\n')[0]);
log(new Error('with\nnewline').stack.split('\n').slice(0, 2));
log(Error.prototype.hasOwnProperty('stack'), typeof Error.captureStackTrace);
const target = {};
Error.captureStackTrace(target);
log(Object.getOwnPropertyNames(target), typeof target.stack, target.stack.split('\n')[0]);
const t2 = {name: 'N', message: 'M'};
Error.captureStackTrace(t2);
log(t2.stack.split('\n')[0]);
