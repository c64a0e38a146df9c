const o = {};
Object.defineProperty(o, "hidden", { value: 1, enumerable: false });
Object.defineProperty(o, "ro", { value: "fixed", writable: false, enumerable: true });
o.ro = "changed";
console.log(o, o.hidden, o.ro, Object.keys(o));
const acc = {};
Object.defineProperty(acc, "x", { get() { return 42; }, enumerable: true, configurable: true });
console.log(acc.x, acc);
const both = { get a() { return 1; }, set a(v) {}, set onlySet(v) {} };
console.log(both);
const frozen = Object.freeze({ k: 1 });
frozen.k = 2;
frozen.n = 3;
console.log(frozen, Object.isFrozen(frozen));
(function () {
  "use strict";
  try { frozen.k = 5; } catch (e) { console.log(e.name); }
})();
const d = Object.getOwnPropertyDescriptor(o, "ro");
console.log(d);
