const text = `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity.`;
const words = text.toLowerCase().split("").join(" ").replace("\n", " ").split(" ")
  .map(w => { let s = w; while (s && !"abcdefghijklmnopqrstuvwxyz".includes(s[s.length - 1])) s = s.slice(0, -1); return s; })
  .filter(Boolean);
const freq = {};
for (const w of words) freq[w] = (freq[w] ?? 0) + 1;
const top = Object.entries(freq).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5);
console.log(words.length, Object.keys(freq).length, top);
const longest = words.reduce((a, b) => (b.length > a.length ? b : a), "");
console.log(longest, longest.length, [...new Set(words.map(w => w[0]))].sort().join(""));
console.log(JSON.stringify(Object.fromEntries(top)));
