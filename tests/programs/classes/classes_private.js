class A {
  #x = 1; static #c = 0; #m() { return this.#x * 2; }
  constructor() { A.#c++; }
  get x() { return this.#x; }
  inc() { this.#x++; this.#x += 10; this.#x ||= 5; return this.#m(); }
  static count() { return A.#c; }
  has(o) { return #x in o; }
  static #secret() { return "s"; }
  static reveal() { return A.#secret(); }
  swap(o) { [this.#x, o.#x] = [o.#x, this.#x]; return [this.#x, o.#x]; }
}
const a = new A();
console.log(a, a.x, a.inc(), A.count(), a.has(a), a.has({}), A.reveal(), Object.keys(a), JSON.stringify(a));
console.log(new A().swap(a));
try { A.prototype.inc.call({}); } catch (e) { console.log(e.message); }
try { (function () { class B { #y; set(o) { o.#y = 1; } } new B().set({}); })(); } catch (e) { console.log(e.message); }
class Counter {
  #count = 0;
  static #instances = new Set();
  constructor(name) { this.name = name; Counter.#instances.add(name); }
  tick() { return ++this.#count; }
  static get instances() { return [...Counter.#instances]; }
}
const c1 = new Counter("one"), c2 = new Counter("two");
c1.tick(); c1.tick(); c2.tick();
console.log(c1.tick(), c2.tick(), Counter.instances, c1);
