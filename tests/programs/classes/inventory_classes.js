class Item {
  constructor(name, price, qty = 1) { Object.assign(this, { name, price, qty }); }
  get total() { return +(this.price * this.qty).toFixed(2); }
  toJSON() { return { n: this.name, t: this.total }; }
}
class Inventory {

  constructor() { this.items = new Map(); }
  add(item) {
    const cur = this.items.get(item.name);
    if (cur) cur.qty += item.qty; else this.items.set(item.name, item);
    return this;
  }
  remove(name, qty = 1) {
    const cur = this.items.get(name);
    if (!cur) throw new RangeError(`no such item: ${name}`);
    if ((cur.qty -= qty) <= 0) this.items.delete(name);
    return this;
  }
  get value() { let s = 0; for (const it of this.items.values()) s += it.total; return Math.round(s * 100) / 100; }
  *[Symbol.iterator]() { yield* [...this.items.values()].sort((a, b) => b.total - a.total); }
}
const inv = new Inventory().add(new Item("apple", 0.5, 10)).add(new Item("pear", 0.75, 4)).add(new Item("apple", 0.5, 2));
inv.add(new Item("melon", 3.2));
console.log(inv.value, [...inv].map(i => `${i.name}:${i.total}`));
inv.remove("pear", 4);
try { inv.remove("kiwi"); } catch (e) { console.log(`${e.name}: ${e.message}`); }
console.log(JSON.stringify([...inv]), inv.items.size);
console.log([...inv]);
