// String.prototype[Symbol.iterator] walks code points; lone surrogates stay single
const s = "a😀\ud800b\udc00\ud83d\ude00\ud83d";
console.log([...s].map(c => c.length + ":" + c.codePointAt(0).toString(16)).join(" "));
const it = "x😀"[Symbol.iterator]();
console.log(JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()));
console.log(Object.prototype.toString.call(it), it[Symbol.toStringTag], typeof it[Symbol.iterator], it[Symbol.iterator]() === it);
const proto = Object.getPrototypeOf(it);
console.log(Object.getOwnPropertyNames(proto), proto.next.length, proto.next.name);
try { proto.next.call({}); } catch (e) { console.log(e.name); }
try { String.prototype[Symbol.iterator].call(null); } catch (e) { console.log(e.name, e.message); }
console.log([...String.prototype[Symbol.iterator].call(123)].join("-"), String.prototype[Symbol.iterator].name);
let n = 0; for (const c of "👍🏽a") n++; console.log(n, Array.from("👍🏽a").length, "👍🏽a".length);
const [a, b, ...rest] = "ab😀c"; console.log(a, b, rest);
