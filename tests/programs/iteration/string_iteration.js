const s = "a\u{1F600}b\uD800c";
const parts = [];
for (const ch of s) parts.push(ch.length);
console.log(parts, [...s].length, s.length);
const it = "xy"[Symbol.iterator]();
console.log(it.next(), it.next(), it.next());
console.log(Object.prototype.toString.call(it));
String.prototype[Symbol.iterator] === undefined;
