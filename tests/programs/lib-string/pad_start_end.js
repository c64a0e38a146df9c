// padStart / padEnd: ToLength, filler conversion only when padding is needed, truncation
const cases = [[5], [5, "ab"], [6, "123"], [2, "x"], [-1, "x"], [NaN, "x"], [5.9, "-"], ["7", 0], [5, ""], [5, undefined], [5, null], [4, true], [8, "😀"], [3, {toString() { return "z"; }}], [Infinity, ""]];
for (const [n, f] of cases) {
  console.log(String(n), String(f), JSON.stringify("abc".padStart(n, f)), JSON.stringify("abc".padEnd(n, f)));
}
const log = [];
const fill = { toString() { log.push("fill"); return "*"; } };
const len = { valueOf() { log.push("len"); return 2; } };
"abc".padStart(len, fill);
log.push("|");
"abc".padEnd({ valueOf() { log.push("len2"); return 5; } }, fill);
console.log(log.join(" "));
try { "a".padStart(2 ** 31); } catch (e) { console.log(e.name, e.message); }
try { "a".padEnd(Infinity, "b"); } catch (e) { console.log(e.name, e.message); }
try { String.prototype.padStart.call(null, 3); } catch (e) { console.log(e.name, e.message); }
try { "a".padEnd(3, Symbol()); } catch (e) { console.log(e.name, e.message); }
console.log(String.prototype.padStart.length, String.prototype.padEnd.length, "".padStart(3, "ab"), "x".padEnd(0));
