function blocks() {
  const log = [];
  a: {
    log.push(1);
    b: {
      log.push(2);
      break a;
    }
    log.push('skipped');
  }
  log.push(3);
  return log;
}
console.log(blocks());
function nestedLoops() {
  const found = [];
  rows: for (let r = 0; r < 3; r++) {
    cols: for (let c = 0; c < 3; c++) {
      if (c > r) continue rows;
      if (r === 2 && c === 1) break rows;
      found.push(`${r}${c}`);
    }
  }
  return found;
}
console.log(nestedLoops());
function labelledWhileFinally() {
  const log = [];
  loop: while (true) {
    try { log.push('try'); break loop; } finally { log.push('finally'); }
  }
  return log;
}
console.log(labelledWhileFinally());
function sameLabelReused() {
  let n = 0;
  x: { n++; break x; }
  x: { n++; break x; }
  return n;
}
console.log(sameLabelReused());
function labelOnSwitch() {
  let r = '';
  sw: switch (1) { case 1: r += 'a'; if (r) break sw; r += 'b'; }
  return r;
}
console.log(labelOnSwitch());
function doWhileLabel() {
  let i = 0, out = [];
  d: do { i++; if (i === 2) continue d; out.push(i); } while (i < 4);
  return out;
}
console.log(doWhileLabel());
