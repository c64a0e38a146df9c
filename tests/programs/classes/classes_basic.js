class Animal {
  legs = 4;
  static count = 0;
  constructor(name) { this.name = name; Animal.count++; }
  speak() { return `${this.name} makes a sound`; }
  get description() { return `${this.name} with ${this.legs} legs`; }
  static create(n) { return new this(n); }
}
class Dog extends Animal {
  tricks = [];
  constructor(name, breed) { super(name); this.breed = breed; }
  speak() { return super.speak() + " (woof)"; }
  learn(t) { this.tricks.push(t); return this; }
}
class Puppy extends Dog {}
const d = new Dog("Rex", "lab");
console.log(d.speak(), d.description, d, Animal.count);
console.log(new Puppy("Bit", "pug").learn("sit"), Animal.create("Generic"));
console.log(Animal, Dog, Puppy, typeof Animal, d instanceof Animal);
try { Animal("x"); } catch (e) { console.log(e.message); }
class MyError extends Error {
  constructor(msg) { super(msg); this.name = "MyError"; }
}
try { throw new MyError("custom"); } catch (e) { console.log(e.name, e.message, e instanceof MyError, e instanceof Error); }
class Stack extends Array { peek() { return this[this.length - 1]; } }
const s = new Stack();
s.push(1, 2, 3);
console.log(s.peek(), s.length, Array.isArray(s));
const Anon = class { constructor() { this.v = new.target === Anon; } };
console.log(new Anon().v, Anon.name);

console.log(s, [s]);
