function matmul(a, b) {
  const n = a.length, m = b[0].length, k = b.length;
  const out = [];
  for (let i = 0; i < n; i++) {
    const row = [];
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let t = 0; t < k; t++) s += a[i][t] * b[t][j];
      row.push(s);
    }
    out.push(row);
  }
  return out;
}
const I = [[1, 0], [0, 1]];
const A = [[1, 2], [3, 4]];
console.log(matmul(A, I), matmul(A, A));
let F = [[1, 1], [1, 0]], R = I;
for (let i = 0; i < 30; i++) R = matmul(R, F);
console.log(R[0][1]);
const transpose = m => m[0].map((_, j) => m.map(r => r[j]));
console.log(transpose([[1, 2, 3], [4, 5, 6]]));
