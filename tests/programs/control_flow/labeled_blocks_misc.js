const log = [];
one: two: for (let i = 0; i < 3; i++) {
  if (i === 1) continue two;
  if (i === 2) break one;
  log.push(i);
}
blk: if (true) { log.push("in if"); break blk; }
sw: switch (1) { case 1: for (;;) { break sw; } }
log.push("after switch");
let n = 0;
loop: do { n++; if (n < 3) continue loop; } while (n < 5 && n !== 3);
log.push("n=" + n);
fn: { const f = () => "closure in labelled block"; log.push(f()); }
console.log(log.join(" | "));
