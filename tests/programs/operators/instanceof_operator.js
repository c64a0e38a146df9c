// instanceof: prototype chains, Symbol.hasInstance, bound functions, errors
class A {}
class B extends A {}
const b = new B();
console.log(b instanceof B, b instanceof A, b instanceof Object, b instanceof Function, A instanceof Function);
console.log(1 instanceof Number, Object(1) instanceof Number, null instanceof Object, Object.create(null) instanceof Object);
const Even = { [Symbol.hasInstance](x) { console.log('hasInstance', x); return x % 2 === 0; } };
console.log(2 instanceof Even, 3 instanceof Even);
const Truthy = { [Symbol.hasInstance]() { return 'yes'; } };
console.log(0 instanceof Truthy);
function F() {}
const BF = F.bind(null, 1);
console.log(new F() instanceof BF, new BF() instanceof F, new BF() instanceof BF, BF.prototype);
const BBF = BF.bind(null);
console.log(new F() instanceof BBF);
class Static { static [Symbol.hasInstance](v) { return v === 42; } }
console.log(42 instanceof Static, new Static() instanceof Static);
console.log(Object[Symbol.hasInstance] === undefined, Function.prototype[Symbol.hasInstance].call(A, b));
console.log(Function.prototype[Symbol.hasInstance].call({}, b), Object.getOwnPropertyDescriptor(Function.prototype, Symbol.hasInstance).writable);
function check(f) { try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
check(() => 1 instanceof 1);
check(() => 1 instanceof {});
check(() => ({}) instanceof (() => 1));
const badProto = function () {};
badProto.prototype = 3;
check(() => ({}) instanceof badProto);
check(() => 1 instanceof badProto);
check(() => ({}) instanceof { [Symbol.hasInstance]: 1 });
check(() => ({}) instanceof { [Symbol.hasInstance]: undefined });
const arrow = () => {};
check(() => ({}) instanceof arrow);
const gp = Object.getPrototypeOf;
const P = new Proxy(function () {}, {});
check(() => ({}) instanceof P);
