class Base { async greet(n) { await null; return 'hello ' + n; } }
class Derived extends Base {
  async greet(n) { const s = await super.greet(n); return s.toUpperCase(); }
  async *items() { yield* [super.constructor.name, 'x']; }
}
(async () => {
  console.log(await new Derived().greet('bob'));
  for await (const i of new Derived().items()) console.log(i);
})();
