// everyday text utilities: case conversion, slugs, whitespace, escaping, word counts
var camel = s => s.replace(/[-_\s]+(.)?/g, (m, c) => (c ? c.toUpperCase() : ""));
var snake = s => s.replace(/([a-z\d])([A-Z])/g, "$1_$2").replace(/[-\s]+/g, "_").toLowerCase();
var kebab = s => s.replace(/([a-z])([A-Z])/g, "$1-$2").replace(/[\s_]+/g, "-").toLowerCase();
var title = s => s.replace(/\b\w/g, c => c.toUpperCase());
var slug = s => s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
for (var w of ["hello_world", "foo-bar baz", "XMLHttpRequest", "already camelCase", "  lead trail  ", "Crème Brûlée à la mode!"]) {
  console.log(JSON.stringify(w), camel(w), snake(w), kebab(w), title(w), slug(w));
}
var collapse = s => s.replace(/\s+/g, " ").trim();
console.log(JSON.stringify(collapse("  a \t\n b   c  ")));
var escapeHtml = s => s.replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
console.log(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`));
var stripTags = s => s.replace(/<\/?[a-z][^>]*>/gi, "");
console.log(stripTags("<p>Hello <b>bold</b> <i class='x'>world</i></p>"));
var text = "The quick brown fox. The lazy dog! A fox? the END.";
var freq = {};
for (var word of text.toLowerCase().match(/\b[a-z]+\b/g)) freq[word] = (freq[word] || 0) + 1;
console.log(JSON.stringify(freq));
console.log(text.split(/(?<=[.!?])\s+/));
console.log(text.match(/\b[A-Z]\w*/g));
var pad = n => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
console.log([0, 12, 1234, 1234567, 1234567.891].map(pad).join(" | "));
var trimLines = s => s.replace(/^[ \t]+|[ \t]+$/gm, "");
console.log(JSON.stringify(trimLines("  a  \n\tb\t\n  c")));
var wrap = (s, n) => s.replace(new RegExp(`(?![^\\n]{1,${n}}$)([^\\n]{1,${n}})\\s`, "g"), "$1\n");
console.log(wrap("The quick brown fox jumps over the lazy dog and keeps running", 15));
var reverseWords = s => s.split(/\s+/).reverse().join(" ");
console.log(reverseWords("one two  three"));
var isPalindrome = s => { var t = s.toLowerCase().replace(/[\W_]/g, ""); return t === [...t].reverse().join(""); };
console.log(["A man, a plan, a canal: Panama", "hello", "No 'x' in Nixon"].map(isPalindrome));
