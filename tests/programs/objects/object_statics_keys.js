const s = Symbol('s');
const proto = { inherited: 1 };
const o = Object.create(proto, {
  a: { value: 1, enumerable: true },
  hidden: { value: 2, enumerable: false },
  [s]: { value: 3, enumerable: true },
});
o.b = 'b';
console.log(Object.keys(o), Object.values(o), JSON.stringify(Object.entries(o)));
console.log(Object.getOwnPropertyNames(o), Object.getOwnPropertySymbols(o).map(String));
console.log(Object.keys('ab'), Object.keys(5), Object.values([7, 8]));
try { Object.keys(null); } catch (e) { console.log(e.message); }
try { Object.getOwnPropertyNames(undefined); } catch (e) { console.log(e.message); }
// a getter that deletes a later key: Object.values checks each key as it goes
const tricky = { get first() { delete this.second; return 1; }, second: 2, third: 3 };
console.log(Object.values(tricky), Object.keys(tricky));
const add = { get a() { this.later = 1; return 'a'; } };
console.log(Object.entries(add), Object.keys(add));
console.log(Object.hasOwn({ x: 1 }, 'x'), Object.hasOwn([], 'length'), Object.hasOwn(Object.create({ y: 1 }), 'y'));
const descs = Object.getOwnPropertyDescriptors({ v: 1, get g() { return 1; } });
console.log(Object.keys(descs), descs.v, typeof descs.g.get);
console.log(Object.getOwnPropertyDescriptors('ab'));
