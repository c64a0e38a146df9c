async function classify(v) {
  switch (await v) {
    case 1: return 'one';
    case await Promise.resolve(2): return 'two';
    default: {
      block: { if (await true) break block; return 'unreached'; }
      return 'other';
    }
  }
}
Promise.all([classify(1), classify(Promise.resolve(2)), classify(9)]).then(console.log);
async function nested() {
  let s = '';
  outer: for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      await null;
      if (j === 1) continue outer;
      if (i === 2) break outer;
      s += i + '' + j + ' ';
    }
  }
  return s;
}
nested().then(console.log);
