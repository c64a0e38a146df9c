// The first argument is converted even when the date is invalid; a NaN argument makes the date invalid.
// (Only single-argument calls on invalid dates: node 20 skips converting the optional arguments there,
// which the spec does not; test262 checks the spec's order.)
const log = [];
const v = (n, x) => ({ valueOf() { log.push(n); return x; } });
const methods = ["setMilliseconds", "setSeconds", "setMinutes", "setHours", "setDate", "setMonth", "setFullYear",
  "setUTCMilliseconds", "setUTCSeconds", "setUTCMinutes", "setUTCHours", "setUTCDate", "setUTCMonth", "setUTCFullYear", "setYear", "setTime"];
for (const m of methods) {
  log.length = 0;
  const d = new Date(NaN);
  const r = m.includes("FullYear") ? d[m](v("a", 1), v("b", 2), v("c", 3)) : d[m](v("a", 1));
  console.log(m, r, log.join(""));
}
for (const m of methods) {
  const d = new Date(2020, 0, 1);
  console.log(m, d[m](NaN), d.getTime(), d[m](1), isNaN(d.getTime()));
}
for (const m of methods) {
  const d = new Date(2020, 0, 1);
  console.log(m, d[m](1, NaN), d.getTime());
}
