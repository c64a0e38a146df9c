// Calls: argument evaluation order, extra/missing args, callee evaluated before args, spread holes
const log = [];
const v = (x) => { log.push(x); return x; };
function f(a, b) { return [a, b, arguments.length]; }
console.log(f(v(1), v(2), v(3)), log.splice(0));
const obj = { get method() { log.push('get method'); return f; } };
obj.method(v('arg'));
console.log(log.splice(0));
let fn = () => 'first';
const r = fn((fn = () => 'second', 'x'));
console.log(r, fn());
try { undefinedFn(v('evaluated?')); } catch (e) { console.log(e.constructor.name, log.splice(0)); }
const notFn = {};
try { notFn.missing(v('arg evaluated')); } catch (e) { console.log(e.message, log.splice(0)); }
console.log(f(...[1, , 3]), f(...'ab'), f(...[], ...[9]));
console.log(Math.max(), Math.min(), Math.max(...[]), Math.max(1, '5', [3]));
function many(...args) { return args.length; }
console.log(many(...new Array(10000).fill(0)));
function returnsThis() { return this; }
console.log(typeof returnsThis.call(5), returnsThis.call(null) === globalThis);
