// localeCompare on ASCII: ICU root order (punctuation < digits < letters, lowercase first)
const chars = [];
for (let i = 32; i < 127; i++) chars.push(String.fromCharCode(i));
console.log(JSON.stringify(chars.slice().sort((a, b) => a.localeCompare(b)).join("")));
const words = ["banana", "Apple", "apple", "cherry", "Banana", "apple pie", "apple-pie", "applepie", "a", "A", "aa", "Aa", "aA", "b", "10", "9", "1", "_x", "-x", "x", "X", "zeta", "Zeta", "ab c", "abc", "a.b", "a,b"];
console.log(words.slice().sort((a, b) => a.localeCompare(b)).join(" | "));
const pairs = [["a", "b"], ["b", "a"], ["a", "a"], ["a", "A"], ["A", "a"], ["a", "B"], ["B", "a"], ["", ""], ["", "a"], ["a", ""], ["10", "9"], ["a1", "a10"], ["a-b", "ab"], ["a b", "ab"], ["ab", "a b"], ["resume", "Resume"]];
for (const [x, y] of pairs) console.log(JSON.stringify(x), JSON.stringify(y), x.localeCompare(y));
console.log("a".localeCompare(), "undefined".localeCompare(), "null".localeCompare(null), String.prototype.localeCompare.length);
try { String.prototype.localeCompare.call(null, "a"); } catch (e) { console.log(e.name, e.message); }
console.log(String.prototype.localeCompare.call(12, "12"), String.prototype.localeCompare.call(true, "true"));
