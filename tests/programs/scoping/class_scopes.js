const Cls = class Named {
  static self() { return Named; }
  method() { return typeof Named; }
};
console.log(Cls.self() === Cls, new Cls().method(), typeof Named);
let counter = 0;
class WithStatic {
  static count = ++counter;
  static { this.fromBlock = counter * 10; }
}
console.log(WithStatic.count, WithStatic.fromBlock);
class Outer { static inner = class { static who() { return 'inner of ' + Outer.name; } }; }
console.log(Outer.inner.who());
try { eval("new Hoisted(); class Hoisted {}"); } catch (e) { console.log(e.name + ': ' + e.message); }
