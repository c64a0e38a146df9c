// ES2025 Iterator.prototype reduce/toArray/forEach/some/every/find, Iterator.from and the
// abstract Iterator constructor.  Node 20 lacks Iterator: the expected output was derived
// by hand from ECMA-262 2025 (sec-iterator-objects).
function* g() { yield "a"; yield "b"; yield "c"; }
console.log(g().reduce((acc, x, i) => acc + x + i), g().reduce((acc, x) => acc + x, ">"));
try { g().drop(5).reduce((a, b) => a); } catch (e) { console.log("empty reduce", e.constructor.name); }
console.log(g().toArray().join(), Array.isArray(g().toArray()));
const seen = [];
console.log(g().forEach((x, i) => seen.push(i + x)), seen.join());
console.log(g().some(x => x === "b"), g().some(x => x === "z"), g().every(x => x < "d"), g().every(x => x < "b"));
console.log(g().find(x => x > "a"), g().find(x => x > "c"));
let closed = 0;
const src = () => ({ __proto__: Iterator.prototype, i: 0, next() { return { value: this.i++, done: this.i > 5 }; }, return() { closed++; return {}; } });
src().some(x => x === 1); src().every(x => x < 1); src().find(x => x === 2); src().toArray();
console.log("closed", closed);
try { src().forEach(() => { throw new Error("cb"); }); } catch (e) { console.log(e.message, closed); }
console.log(typeof Iterator, Iterator.length, Iterator.name, Object.getPrototypeOf(g.prototype.__proto__) === Iterator.prototype);
try { new Iterator(); } catch (e) { console.log("new Iterator", e.constructor.name); }
try { Iterator(); } catch (e) { console.log("Iterator()", e.constructor.name); }
class MyIt extends Iterator { next() { return { done: true }; } }
const mi = new MyIt();
console.log(mi instanceof Iterator, Iterator.from(mi) === mi, mi.toArray().length);
const plain = { next() { return { value: 7, done: false }; } };
const wrapped = Iterator.from(plain);
console.log(wrapped === plain, wrapped instanceof Iterator, wrapped.next().value, JSON.stringify(wrapped.return()));
console.log(Iterator.from("x\ud83d\ude00").toArray().length, Iterator.from([1, 2]).toArray().join());
for (const bad of [1, null, undefined, true]) {
  try { Iterator.from(bad); } catch (e) { console.log("from", String(bad), e.constructor.name); }
}
const d1 = Object.getOwnPropertyDescriptor(Iterator.prototype, Symbol.toStringTag);
const d2 = Object.getOwnPropertyDescriptor(Iterator.prototype, "constructor");
console.log(typeof d1.get, typeof d1.set, d1.enumerable, d1.configurable, Iterator.prototype[Symbol.toStringTag]);
console.log(typeof d2.get, typeof d2.set, Iterator.prototype.constructor === Iterator);
const o = Object.create(Iterator.prototype);
o[Symbol.toStringTag] = "Mine"; o.constructor = "ctor";
console.log(Object.prototype.toString.call(o), o.constructor, Object.keys(o).length, Iterator.prototype[Symbol.toStringTag]);
try { Iterator.prototype[Symbol.toStringTag] = "x"; } catch (e) { console.log("set on prototype", e.constructor.name); }
try { d1.set.call(1, "x"); } catch (e) { console.log("set on primitive", e.constructor.name); }
console.log(["map", "filter", "take", "drop", "flatMap", "reduce", "toArray", "forEach", "some", "every", "find"].map(n => n + Iterator.prototype[n].length).join(" "));
console.log(Iterator.from.length, [].keys().map(x => x).toArray().length, new Map([[1, 2]]).keys().map(x => x * 3).toArray()[0]);
