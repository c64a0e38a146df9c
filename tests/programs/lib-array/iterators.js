// keys / values / entries / Symbol.iterator on arrays and array-likes
const a = ["a", , "c"];
console.log([...a.keys()], [...a.values()], [...a.entries()]);
const it = a.values();
console.log(it.next(), it.next(), it.next(), it.next(), it.next());
console.log(Object.prototype.toString.call(it), it[Symbol.toStringTag], typeof it[Symbol.iterator]);
console.log(Array.prototype[Symbol.iterator] === Array.prototype.values);
const proto = Object.getPrototypeOf(it);
console.log(Object.getOwnPropertyNames(proto), proto.next.length);
try { proto.next.call({}); } catch (e) { console.log(e.constructor.name); }
const growing = [1];
const out = [];
for (const v of growing) { out.push(v); if (growing.length < 4) growing.push(v + 1); }
console.log(out);
const like = { length: 2, 0: "x", 1: "y" };
console.log([...Array.prototype.entries.call(like)], [...Array.prototype.keys.call("ab")]);
const e = [1, 2].entries();
e.next(); e.next(); e.next();
console.log(e.next());
const arr = [1, 2, 3];
const vi = arr.values(); vi.next(); arr.length = 1;
console.log(vi.next());
console.log(Array.from([5, 6].keys()), Array.from({ length: 2 }).entries().next().value);
