let out = [];
for (let i = 0; i < 10; i++) {
  if (i % 2 === 0) continue;
  if (i > 7) break;
  out.push(i);
}
console.log(out);
outer: for (let i = 0; i < 4; i++) {
  for (let j = 0; j < 4; j++) {
    if (j === 2) continue outer;
    if (i === 3) break outer;
    console.log(i, j);
  }
}
let k = 0;
do { k += 3; } while (k < 10);
console.log(k);
let s = 0;
let i = 0;
while (true) { i++; if (i > 100) break; if (i % 3) continue; s += i; }
console.log(s);
block: { console.log("in block"); if (s) break block; console.log("not printed"); }
console.log("after block");
