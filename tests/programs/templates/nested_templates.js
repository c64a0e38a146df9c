const items = ["a", "b"];
const html = `<ul>${items.map((x, i) => `<li ${i ? `class="odd"` : ""}>${x}</li>`).join("")}</ul>`;
console.log(html);
const depth = (n) => n ? `(${depth(n - 1)})` : "x";
console.log(depth(3));
console.log(`a${`b${`c`}`}`);
console.log(`${"$"}{not}`, `\${escaped}`, `$`, `{}`, `$${1}`);
