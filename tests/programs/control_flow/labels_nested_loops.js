const grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
let found = null;
search: for (let r = 0; r < grid.length; r++) {
  for (let c = 0; c < grid[r].length; c++) {
    if (grid[r][c] === 5) { found = [r, c]; break search; }
  }
}
console.log(found);
let count = 0;
outer: for (const row of grid) {
  inner: for (const v of row) {
    if (v % 2 === 0) continue inner;
    if (v > 6) continue outer;
    count += v;
  }
}
console.log(count);
let n = 0;
a: while (true) {
  b: do { n++; if (n > 5) break a; continue a; } while (false);
}
console.log(n);
