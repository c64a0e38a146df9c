const mk = () => new Date(Date.UTC(2024, 2, 5, 14, 3, 9, 123));
const calls = [["setUTCMilliseconds", 999], ["setUTCSeconds", 0, 1], ["setUTCMinutes", 59, 59, 59], ["setUTCHours", 23, 0, 0, 0],
  ["setUTCDate", 31], ["setUTCMonth", 1, 29], ["setUTCFullYear", 2000, 1, 29], ["setUTCHours", -24], ["setUTCMonth", 24],
  ["setUTCDate", 0], ["setUTCMinutes", 1e6], ["setUTCSeconds", -1e6], ["setUTCFullYear", -271821, 3, 19]];
for (const [m, ...a] of calls) {
  const d = mk();
  const r = d[m](...a);
  console.log(m, a.join(","), r, isNaN(r) ? "Invalid" : d.toISOString());
}
for (const [m, ...a] of calls) {
  const d = new Date(NaN);
  console.log(m, d[m](...a));
}
