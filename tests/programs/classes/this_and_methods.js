const counter = {
  count: 0,
  inc() { this.count++; return this; },
  later() { return () => this.count; },
};
console.log(counter.inc().inc().count, counter.later()());
function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.norm2 = function () { return this.x * this.x + this.y * this.y; };
const p = new Point(3, 4);
console.log(p, p.norm2(), p instanceof Point, p.constructor === Point);
function whoAmI() { return this === globalThis ? "global" : typeof this; }
console.log(whoAmI(), whoAmI.call(5), whoAmI.call({}));
function strictWho() { "use strict"; return this; }
console.log(strictWho(), strictWho.call(7));
const bound = function () { return this.v; }.bind({ v: "bound" });
console.log(bound(), Math.max.apply(null, [1, 9, 3]));
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + " makes a sound"; };
function Dog(name) { Animal.call(this, name); }
Dog.prototype = Object.create(Animal.prototype);
Dog.prototype.constructor = Dog;
Dog.prototype.speak = function () { return this.name + " barks"; };
const d = new Dog("Rex");
console.log(d.speak(), d instanceof Animal, d);
