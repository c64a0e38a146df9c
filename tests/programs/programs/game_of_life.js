function step(grid) {
  const h = grid.length, w = grid[0].length;
  return grid.map((row, y) => row.map((cell, x) => {
    let n = 0;
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++)
        if ((dy || dx) && grid[(y + dy + h) % h][(x + dx + w) % w]) n++;
    return n === 3 || (cell && n === 2) ? 1 : 0;
  }));
}
let g = [
  [0, 1, 0, 0, 0, 0],
  [0, 0, 1, 0, 0, 0],
  [1, 1, 1, 0, 0, 0],
  [0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0],
];
for (let gen = 0; gen < 4; gen++) {
  console.log(`gen ${gen}:\n` + g.map(r => r.map(c => (c ? "#" : ".")).join("")).join("\n"));
  g = step(g);
}
console.log(g);
