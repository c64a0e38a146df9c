// Rest parameters and the arguments object (mapped in sloppy, unmapped in strict)
function rest(a, ...others) { return [a, others, Array.isArray(others), others.length]; }
console.log(rest(), rest(1), rest(1, 2, 3));
function mapped(a, b) { arguments[0] = 'A'; b = 'B'; return [a, arguments[1], arguments.length]; }
console.log(mapped(1, 2), mapped(1));
function unmapped(a, b) { 'use strict'; arguments[0] = 'A'; b = 'B'; return [a, arguments[1]]; }
console.log(unmapped(1, 2));
function withDefault(a = 0) { arguments[0] = 'A'; return a; }
console.log(withDefault(1));
function argsProps() { return [typeof arguments, Object.prototype.toString.call(arguments), arguments.length, Array.from(arguments)]; }
console.log(argsProps(1, 'two', null));
function spreadArgs() { return [...arguments].reverse(); }
console.log(spreadArgs(1, 2, 3));
function calleeSloppy() { return typeof arguments.callee; }
function calleeStrict() { 'use strict'; try { return arguments.callee; } catch (e) { return e.constructor.name + ': ' + e.message; } }
console.log(calleeSloppy(), calleeStrict());
function outer() { const inner = () => arguments[0]; return inner('ignored'); }
console.log(outer('outer arg'));
function deleteArg(a) { delete arguments[0]; arguments[0] = 'new'; return [a, arguments[0]]; }
console.log(deleteArg('orig'));
function lengthChange() { arguments.length = 1; return Array.prototype.slice.call(arguments); }
console.log(lengthChange(1, 2, 3));
function keys(a, b) { return Object.keys(arguments); }
console.log(keys('x', 'y', 'z'));
