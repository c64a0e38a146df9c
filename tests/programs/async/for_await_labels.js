(async () => {
  outer: for await (const i of [1, 2, 3]) {
    for await (const j of [1, 2, 3]) {
      if (j === 2) continue outer;
      if (i === 3) break outer;
      console.log(i, j);
    }
  }
  let n = 0;
  for await (const v of (async function* () { try { while (true) yield n++; } finally { console.log('gen closed at', n); } })()) {
    if (v >= 2) break;
  }
  console.log('end');
})();
