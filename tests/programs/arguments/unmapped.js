function strict(a) {
  'use strict';
  arguments[0] = 'changed';
  a = 'param';
  return [a, arguments[0]];
}
console.log(strict(1));
function defaults(a = 0) {
  arguments[0] = 'changed';
  return [a, arguments[0]];
}
console.log(defaults(1));
function rest(a, ...r) {
  a = 'changed';
  return [arguments[0], arguments.length, r.length];
}
console.log(rest(1, 2, 3));
function destructured({ x }) {
  arguments[0] = null;
  return x;
}
console.log(destructured({ x: 'kept' }));
function strictCallee() {
  'use strict';
  try { return arguments.callee; } catch (e) { return e.name + ': ' + e.message; }
}
console.log(strictCallee());
function nonSimpleCallee(a = 1) { try { return arguments.callee; } catch (e) { return e.constructor.name; } }
console.log(nonSimpleCallee());
function strictDescriptor() {
  'use strict';
  var d = Object.getOwnPropertyDescriptor(arguments, 'callee');
  return [typeof d.get, d.get === d.set, d.enumerable, d.configurable];
}
console.log(strictDescriptor());
