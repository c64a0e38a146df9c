// indexOf / lastIndexOf: positions, empty search strings, NaN and Infinity
const s = "abcabcab";
const cases = [["a"], ["b", 2], ["ab", -5], ["ab", 100], ["", 3], ["", 100], ["", -1], ["x"], ["c", NaN], ["abc", Infinity], ["a", -Infinity], ["b", "3"], ["b", 4.9], [undefined], [null], ["cab", 5]];
for (const c of cases) console.log(JSON.stringify(c), s.indexOf(...c), s.lastIndexOf(...c));
console.log("undefined".indexOf(), "null".lastIndexOf(null), "aaa".lastIndexOf("a", 0), "aaa".lastIndexOf("aa", 1), "aaa".lastIndexOf("aa", 5), "".lastIndexOf(""), "abc".lastIndexOf("", 1.5));
const log = [];
String.prototype.indexOf.call({ toString() { log.push("this"); return "xyz"; } }, { toString() { log.push("search"); return "y"; } }, { valueOf() { log.push("pos"); return 0; } });
String.prototype.lastIndexOf.call({ toString() { log.push("this2"); return "xyz"; } }, { toString() { log.push("search2"); return "y"; } }, { valueOf() { log.push("pos2"); return NaN; } });
console.log(log.join(","));
console.log("😀😀".indexOf("\ude00"), "😀😀".lastIndexOf("\ud83d"), String.prototype.indexOf.length, String.prototype.lastIndexOf.length);
try { String.prototype.indexOf.call(null, "a"); } catch (e) { console.log(e.name, e.message); }
try { "a".indexOf(Symbol()); } catch (e) { console.log(e.name, e.message); }
try { "a".lastIndexOf("a", 1n); } catch (e) { console.log(e.name, e.message); }
