function f(a, b) {
  arguments[0] = 'changed via arguments';
  b = 'changed via param';
  return [a, arguments[1], arguments.length];
}
console.log(f(1, 2));
function extra(a) {
  arguments[1] = 'beyond';        // not mapped: no formal for it
  a = 'A';
  return [arguments[0], arguments[1], arguments.length];
}
console.log(extra(1));
function missingArg(a, b) {
  b = 'set b';                    // b not passed: not mapped
  return [arguments[1], arguments.length];
}
console.log(missingArg(1));
function unmapByDelete(a) {
  delete arguments[0];
  a = 'new a';
  var r1 = arguments[0];
  arguments[0] = 'fresh';
  return [r1, a, arguments[0]];
}
console.log(unmapByDelete(1));
function unmapByDefine(a) {
  Object.defineProperty(arguments, '0', { value: 'defined' });
  var r = [a];
  a = 'after';
  r.push(arguments[0]);
  Object.defineProperty(arguments, '0', { writable: false });
  a = 'again';
  r.push(arguments[0]);
  return r;
}
console.log(unmapByDefine(1));
function closureAlias(a) {
  var get = () => a;
  arguments[0] = 'through arguments';
  return get();
}
console.log(closureAlias(1));
function dup(a, a) { arguments[1] = 'second'; return a; }
console.log(dup(1, 2));
function lengthAndToString() {
  return [arguments.length, Object.prototype.toString.call(arguments), typeof arguments.callee];
}
console.log(lengthAndToString(1, 2, 3));
function calleeIsSelf() { return arguments.callee === calleeIsSelf; }
console.log(calleeIsSelf());
function spreadArgs() { return [...arguments].join('-'); }
console.log(spreadArgs(1, 2, 3));
function iterArgs() { return typeof arguments[Symbol.iterator]; }
console.log(iterArgs());
function keysOf(a, b) { return Object.keys(arguments); }
console.log(keysOf('x', 'y', 'z'));
function desc(a) { return JSON.stringify(Object.getOwnPropertyDescriptor(arguments, '0')); }
console.log(desc(5));
function logArgs() { console.log(arguments); }
logArgs(1, 'two', [3]);
