function f() { return [arguments.length, arguments[0], arguments[5], 'length' in arguments]; }
console.log(f(), f(1), f(undefined, undefined));
function lengthNotEnumerable() { return Object.keys(arguments).concat(Object.getOwnPropertyNames(arguments)); }
console.log(lengthNotEnumerable('a', 'b'));
function lengthDescriptor() { const d = Object.getOwnPropertyDescriptor(arguments, 'length'); return [d.value, d.writable, d.enumerable, d.configurable]; }
console.log(lengthDescriptor(1, 2, 3));
function calleeDescriptor() { const d = Object.getOwnPropertyDescriptor(arguments, 'callee'); return [d.value === calleeDescriptor, d.writable, d.enumerable, d.configurable]; }
console.log(calleeDescriptor());
function proto() { return Object.getPrototypeOf(arguments) === Object.prototype; }
console.log(proto());
function notArray() { return [Array.isArray(arguments), typeof arguments.push, Array.prototype.slice.call(arguments, 1)]; }
console.log(notArray(1, 2, 3));
function arrayFrom() { return Array.from(arguments).reverse(); }
console.log(arrayFrom(1, 2, 3));
function addProps() { arguments.extra = 'x'; arguments[10] = 'ten'; return [arguments.length, arguments.extra, arguments[10]]; }
console.log(addProps(1));
function jsonArgs() { return JSON.stringify(arguments); }
console.log(jsonArgs(1, 'a', null));
function tag() { return Object.prototype.toString.call(arguments); }
console.log(tag());
