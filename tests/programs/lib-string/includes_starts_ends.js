// includes / startsWith / endsWith: positions, IsRegExp checks and Symbol.match
const s = "hello world";
const cases = [["world"], ["world", 6], ["world", 7], ["hello", -5], ["", 100], ["o", 4.5], ["d", Infinity], ["h", NaN], ["lo w", "3"]];
for (const c of cases) console.log(JSON.stringify(c), s.includes(...c), s.startsWith(...c), s.endsWith(...c));
console.log(s.endsWith("hello", 5), s.endsWith("hell", 4.9), s.endsWith("", -1), s.endsWith("d", undefined), s.startsWith("world", -Infinity));
for (const m of ["includes", "startsWith", "endsWith"]) {
  try { s[m](/o/); } catch (e) { console.log(m, e.name, e.message); }
  const re = /o/; re[Symbol.match] = false;
  console.log(m, s[m](re), "/o/"[m](re));
  const fake = { [Symbol.match]: true, toString() { return "o"; } };
  try { s[m](fake); } catch (e) { console.log(m, "fake", e.name); }
  const fake2 = { [Symbol.match]: 0, toString() { return "hello"; } };
  console.log(m, "fake2", s[m](fake2));
  try { String.prototype[m].call(undefined, "a"); } catch (e) { console.log(e.name, e.message); }
  console.log(String.prototype[m].length);
}
const log = [];
String.prototype.startsWith.call({ toString() { log.push("this"); return "abc"; } }, { toString() { log.push("search"); return "b"; } }, { valueOf() { log.push("pos"); return 1; } });
console.log(log.join(","));
