// regex work in loops (deterministic output): literal re-evaluation, cache reuse, many patterns
var total = 0;
for (var i = 0; i < 2000; i++) {
  if (/^(\d+)-(\d+)$/.test(i + "-" + (i * 2))) total++;
}
console.log("literal in loop", total);
var words = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor".split(" ");
var text = Array.from({ length: 3000 }, (_, i) => words[(i * 7) % words.length]).join(" ");
var counts = {};
text.replace(/\b(\w)(\w*)\b/g, (m, first) => { counts[first] = (counts[first] || 0) + 1; return m; });
console.log("first letters", JSON.stringify(counts));
var dyn = 0;
for (var w of words) dyn += (text.match(new RegExp("\\b" + w + "\\b", "g")) || []).length;
console.log("dynamic patterns", dyn);
var sticky = /\s*(\w+)/y, n = 0, m;
while ((m = sticky.exec(text))) n++;
console.log("sticky tokens", n, sticky.lastIndex);
console.log("split count", text.split(/\s+/).length, text.split(" ").length);
var csvLine = Array.from({ length: 500 }, (_, i) => (i % 3 ? i : '"q,' + i + '"')).join(",");
console.log("csv cells", csvLine.match(/("[^"]*"|[^,]+)/g).length);
var replaced = text.replace(/[aeiou]/g, c => c.toUpperCase());
console.log("vowels upper", replaced.slice(0, 60), replaced.length);
var keys = 0;
for (var k = 0; k < 300; k++) keys += /(?<a>\d)(?<b>\d)?/.exec(String(k)).groups.b === undefined ? 1 : 0;
console.log("single digit groups", keys);
