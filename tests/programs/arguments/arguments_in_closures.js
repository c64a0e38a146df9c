function outer() {
  const inner = function () { return arguments.length; };
  const arrow = () => arguments.length;
  return [inner(1, 2, 3), arrow(1, 2, 3)];
}
console.log(outer('x'));
function capturedArguments() {
  const args = arguments;
  return () => args[0];
}
console.log(capturedArguments('kept')());
function argumentsInNestedArrow() { return (() => (() => arguments[1])())(); }
console.log(argumentsInNestedArrow('a', 'b'));
function asyncLike() { const a = arguments; return [].map.call(a, x => x * 2); }
console.log(asyncLike(1, 2));
function forwarding() { return Math.max.apply(null, arguments); }
console.log(forwarding(3, 9, 4));
function forwardingSpread() { return Math.min(...arguments); }
console.log(forwardingSpread(3, 9, 4));
const objMethod = { m() { return () => arguments[0]; } };
console.log(objMethod.m('method arg')());
class Cls { constructor() { this.n = arguments.length; } }
console.log(new Cls(1, 2).n);
function getterArgs() { return Object.getOwnPropertyDescriptor({ get g() { return arguments.length; } }, 'g').get(1, 2); }
console.log(getterArgs());
