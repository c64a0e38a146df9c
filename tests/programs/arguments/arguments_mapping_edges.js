function freeze(a) { Object.freeze(arguments); a = 'changed'; return [arguments[0], Object.isFrozen(arguments)]; }
console.log(freeze('orig'));
function defineAccessor(a) {
  Object.defineProperty(arguments, '0', { get() { return 'getter'; }, configurable: true });
  a = 'param changed';
  return [arguments[0], a];
}
console.log(defineAccessor(1));
function defineValue(a) {
  Object.defineProperty(arguments, '0', { value: 'via define' });
  return [a, arguments[0]];
}
console.log(defineValue(1));
function defineReadonlyNoValue(a) {
  a = 'before freeze';
  Object.defineProperty(arguments, '0', { writable: false });
  a = 'after freeze';
  return [arguments[0], a];
}
console.log(defineReadonlyNoValue(1));
function deleteThenAdd(a) {
  delete arguments[0];
  arguments[0] = 'new prop';
  a = 'param';
  return [arguments[0], a, arguments.length];
}
console.log(deleteThenAdd(1));
function lengthChangeKeepsMapping(a, b) {
  arguments.length = 0;
  a = 'still mapped';
  return [arguments[0], arguments.length];
}
console.log(lengthChangeKeepsMapping(1, 2));
function capturedParamMapped(a) {
  const read = () => a;
  arguments[0] = 'via arguments';
  const r = read();
  a = 'via param';
  return [r, arguments[0]];
}
console.log(capturedParamMapped(1));
function innerFunctionMutatesArguments(a) {
  (function (args) { args[0] = 'from inner'; })(arguments);
  return a;
}
console.log(innerFunctionMutatesArguments(1));
function reflectSet(a) { Reflect.set(arguments, '0', 'reflect'); return a; }
console.log(reflectSet(1));
function spreadAfterChange(a, b) { b = 'B'; return [...arguments]; }
console.log(spreadAfterChange(1, 2));
