let s = "";
for (let i = 0; i < 10; i++) s += String.fromCharCode(65 + i);
console.log(s, s.length);
const rows = [];
for (let r = 1; r <= 5; r++) {
  let line = "";
  for (let c = 1; c <= 5; c++) line += String(r * c).padStart(4);
  rows.push(line);
}
console.log(rows.join("\n"));
const words = ["alpha", "beta", "gamma"];
console.log(words.map((w, i) => `${i + 1}. ${w[0].toUpperCase()}${w.slice(1)}`).join("; "));
const counts = {};
for (const ch of "mississippi") counts[ch] = (counts[ch] || 0) + 1;
console.log(counts);
console.log("a-b-c".split("-").reverse().join("+"));
