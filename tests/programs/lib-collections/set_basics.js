// Set: SameValueZero, order, live iteration, entries shape, forEach args
const s = new Set([1, "1", NaN, NaN, -0, 0, undefined, null]);
console.log(s.size, s.has(NaN), s.has(0), s.has(-0), [...s].map(String).join());
console.log(s.add(2) === s, s.delete(2), s.delete(2), s.has(2));
console.log([...new Set("hello")].join(""), new Set([[1], [1]]).size);
const e = new Set(["a", "b"]).entries();
console.log(e.next().value, Set.prototype.keys === Set.prototype.values, Set.prototype[Symbol.iterator] === Set.prototype.values);
const fe = [];
new Set(["x"]).forEach(function (v, k, set) { fe.push(v, k, set.size, this); }, "T");
console.log(fe.map(String).join());
const live = new Set([1, 2, 3]);
const seen = [];
for (const v of live) { seen.push(v); if (v === 1) { live.delete(1); live.add(1); } if (seen.length > 5) break; }
console.log(seen.join());
const c = new Set([1, 2]);
const it = c.values(); c.clear(); console.log(it.next().done, c.size);
try { Set(); } catch (err) { console.log(err.constructor.name, err.message); }
try { Set.prototype.add.call(new Map(), 1); } catch (err) { console.log(err.constructor.name, err.message); }
try { new Set(5); } catch (err) { console.log(err.constructor.name); }
let closed = 0;
const origAdd = Set.prototype.add;
Set.prototype.add = function () { throw new Error("nope"); };
const iterable = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return() { closed++; return {}; } }; } };
try { new Set(iterable); } catch (err) { console.log(err.message, closed); }
Set.prototype.add = origAdd;
console.log(new Set([1, [2], { a: 3 }]), new Set(), Object.prototype.toString.call(new Set().values()));
console.log(Set.length, Set.prototype.add.length, Set.prototype.forEach.length, Set[Symbol.species] === Set);
class MySet extends Set { constructor(x) { super(x); this.extra = 1; } }
console.log(new MySet([1, 2]).size, new MySet([1]) instanceof Set, new MySet().extra);
