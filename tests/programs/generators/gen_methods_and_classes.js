const o = { *items() { yield* [1, 2]; }, *[Symbol.iterator]() { yield "o"; } };
console.log([...o.items()], [...o]);
class C {
  static *range(n) { for (let i = 0; i < n; i++) yield i; }
  *[Symbol.iterator]() { yield* C.range(2); }
}
console.log([...C.range(3)], [...new C()]);
console.log(o.items.name, C.range.name, typeof o.items.prototype);
try { new o.items(); } catch (e) { console.log(e.constructor.name); }
