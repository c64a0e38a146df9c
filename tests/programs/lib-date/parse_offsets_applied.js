// One wall-clock time with many offset spellings; all should agree where they mean the same.
const base = "2024-06-15T12:00:00";
const S = [base + "Z", base + "+00:00", base + "-00:00", base + "+02:00", base + "+0200", base + "-07:30", base + "+23:59", base + "-23:59",
  "Sat Jun 15 2024 12:00:00 GMT+0200", "Sat Jun 15 2024 12:00:00 UTC+0200", "Sat, 15 Jun 2024 12:00:00 +0200", "Jun 15 2024 12:00 GMT+2",
  "Jun 15 2024 12:00 GMT+02:00", "Jun 15 2024 12:00 GMT-7:30", "Jun 15 2024 12:00 PDT", "Jun 15 2024 12:00 EDT", "Jun 15 2024 12:00"];
const ref = Date.parse(base + "Z");
for (const s of S) {
  const t = Date.parse(s);
  console.log(s.padEnd(36), t, isNaN(t) ? "" : (t - ref) / 6e4);
}
