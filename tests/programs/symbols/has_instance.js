const Even = { [Symbol.hasInstance](n) { return n % 2 === 0; } };
console.log(2 instanceof Even, 3 instanceof Even);
class Foo { static [Symbol.hasInstance](x) { return x === "foo"; } }
console.log("foo" instanceof Foo, new Foo() instanceof Foo);
const truthy = { [Symbol.hasInstance]() { return "yes"; } };
console.log(1 instanceof truthy);
try { ({}) instanceof {}; } catch (e) { console.log(e.constructor.name); }
try { ({}) instanceof { [Symbol.hasInstance]: 1 }; } catch (e) { console.log(e.constructor.name); }
function F() {}
console.log(Object.getOwnPropertyDescriptor(Function.prototype, Symbol.hasInstance).writable);
console.log(Function.prototype[Symbol.hasInstance].call(F, new F()), Function.prototype[Symbol.hasInstance].call({}, {}));
const bound = F.bind(null);
console.log(new F() instanceof bound);
