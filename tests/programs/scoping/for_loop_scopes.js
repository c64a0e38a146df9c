for (var v = 0; v < 1; v++);
console.log(v);
for (let l = 0; l < 1; l++);
console.log(typeof l);
for (const k in { p: 1 }) console.log(k);
let outer = 'outer';
for (let outer = 0; outer < 1; outer++) console.log(outer);
console.log(outer);
const fs = [];
for (let i = 0; i < 3; i++) { setTimeoutLike(() => fs.push(i)); }
function setTimeoutLike(f) { f(); }
console.log(fs);
for (let [a, b] of [[1, 2]]) console.log(a + b);
