const cases = [[NaN, 0], [2024, NaN], [2024, 0, NaN], [2024, 0, 1, NaN], [2024, 0, 1, 0, NaN], [2024, 0, 1, 0, 0, NaN],
  [2024, 0, 1, 0, 0, 0, NaN], [Infinity, 0], [-Infinity, 0], [2024, Infinity], [2024, 0, -Infinity], [2024, 0, 1, 0, 0, 0, Infinity],
  [undefined, 0], [2024, undefined], ["x", 0], [{}, 0], [[], 0], [[2024], [3]], [1e10, 0], [2024, 1e10], [2024, 0, 1e10], [-1e10, 0]];
for (const c of cases) {
  const d = new Date(...c);
  console.log(String(c), d.getTime(), String(d), isNaN(d));
}
for (const v of [NaN, Infinity, -Infinity, undefined, "abc", {}, 8.64e15, 8.64e15 + 1, -8.64e15, -8.64e15 - 1, 8.640000000000001e15]) {
  console.log(String(v), new Date(v).getTime());
}
