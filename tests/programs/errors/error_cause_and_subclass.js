// Error subclasses with cause chains, custom names via prototype, instanceof across the chain
class AppError extends Error { get name() { return 'AppError'; } }
class DbError extends AppError { constructor(msg, opts) { super(msg, opts); this.code = 'E_DB'; } }
const root = new TypeError('socket closed');
const err = new DbError('query failed', { cause: root });
console.log(String(err), err.name, err.code, err.cause === root, err instanceof AppError, err instanceof Error, err instanceof TypeError);
let chain = [], cur = new Error('top', { cause: new Error('middle', { cause: 'bottom' }) });
while (cur) { chain.push(cur instanceof Error ? cur.message : cur); cur = cur.cause; }
console.log(chain);
function Legacy(message) { this.message = message; }
Legacy.prototype = Object.create(Error.prototype);
Legacy.prototype.name = 'Legacy';
Legacy.prototype.constructor = Legacy;
const le = new Legacy('old style');
console.log(String(le), le instanceof Error, Object.prototype.toString.call(le), 'stack' in le);
const plain = Object.assign(new Error('assigned'), { extra: 1 });
console.log(Object.keys(plain), plain.extra);
