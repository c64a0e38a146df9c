// String.fromCodePoint: ranges, surrogates and RangeErrors
const hex = s => [...s].map(c => c.codePointAt(0).toString(16)).join(" ") + " / " + s.length;
console.log(hex(String.fromCodePoint()), hex(String.fromCodePoint(65, 0x1F600, 0x10FFFF, 0)), hex(String.fromCodePoint(0xD800, 0xDC00)));
console.log(hex(String.fromCodePoint("65", -0, true, null, [66], { valueOf() { return 67; } })));
for (const v of [-1, 0x110000, 1.5, NaN, Infinity, -Infinity, "x", undefined, {}, 3e9, -0.1]) {
  try { String.fromCodePoint(v); console.log("ok", v); } catch (e) { console.log(e.name, e.message); }
}
try { String.fromCodePoint(Symbol()); } catch (e) { console.log(e.name, e.message); }
try { String.fromCodePoint(1n); } catch (e) { console.log(e.name, e.message); }
const log = [];
try { String.fromCodePoint({ valueOf() { log.push("a"); return 65; } }, { valueOf() { log.push("b"); return -1; } }, { valueOf() { log.push("c"); return 66; } }); } catch (e) { log.push(e.name); }
console.log(log.join(","), String.fromCodePoint.length, String.fromCodePoint.name);
