// %MapIteratorPrototype% / %SetIteratorPrototype%: shape, receivers, exhaustion
const mi = new Map([[1, "a"]]).entries();
const mp = Object.getPrototypeOf(mi);
console.log(Object.getOwnPropertyNames(mp), mp[Symbol.toStringTag], mp.next.length, mp.next.name);
console.log(Object.getPrototypeOf(mp) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
console.log(mi.next(), mi.next(), mi.next());
const si = new Set(["x"]).values();
const sp = Object.getPrototypeOf(si);
console.log(sp[Symbol.toStringTag], si.next(), si.next());
try { mp.next.call(si); } catch (e) { console.log(e.constructor.name); }
try { sp.next.call(mi); } catch (e) { console.log(e.constructor.name); }
try { mp.next.call({}); } catch (e) { console.log(e.constructor.name); }
const m = new Map([[1, 1]]);
const k = m.keys(); k.next(); k.next(); m.set(2, 2);
console.log(k.next().done, [...m.values()], [...m.keys()], [...new Set([3, 4]).entries()]);
console.log(mi[Symbol.iterator]() === mi, new Map().keys(), new Set([1]).values());
