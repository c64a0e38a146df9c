// instanceof with classes, Symbol.hasInstance overrides, bound classes, prototype changes
class Animal {}
class Dog extends Animal {}
const d = new Dog();
console.log(d instanceof Dog, d instanceof Animal, Animal[Symbol.hasInstance](d), Dog.prototype.isPrototypeOf(d));
Object.setPrototypeOf(d, null);
console.log(d instanceof Dog, d instanceof Object);
class Duck { static [Symbol.hasInstance](obj) { return typeof obj?.quack === 'function'; } }
console.log({ quack() {} } instanceof Duck, {} instanceof Duck, null instanceof Duck, new Duck() instanceof Duck);
class Sub extends Duck {}
console.log({ quack() {} } instanceof Sub);
const BoundDog = Dog.bind(null);
console.log(new Dog() instanceof BoundDog, new BoundDog() instanceof Dog);
class Changing {}
const before = new Changing();
Changing.prototype = {};
console.log(before instanceof Changing);
const log = [];
const proxy = new Proxy(Animal, { get(t, k) { log.push(String(k)); return Reflect.get(t, k); } });
console.log(new Dog() instanceof proxy, log);
class Prim { static [Symbol.hasInstance](v) { return typeof v === 'number'; } }
console.log(1 instanceof Prim, '1' instanceof Prim);
