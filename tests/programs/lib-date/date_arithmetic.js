const addDays = (d, n) => { const r = new Date(d); r.setDate(r.getDate() + n); return r; };
const addMonths = (d, n) => { const r = new Date(d); r.setMonth(r.getMonth() + n); return r; };
const start = new Date(2024, 0, 31, 9, 30);
for (const n of [1, 29, 30, 31, 60, 365, 366, -31, -365]) console.log("days", n, addDays(start, n).toString());
for (const n of [1, 2, 3, 12, 13, -1, -11, 25]) console.log("months", n, addMonths(start, n).toString());
const diff = (a, b) => Math.round((b - a) / 864e5);
console.log(diff(new Date(2024, 0, 1), new Date(2025, 0, 1)), diff(new Date(2023, 0, 1), new Date(2024, 0, 1)), diff(new Date(2000, 0, 1), new Date(2024, 0, 1)));
const end = new Date(2024, 1, 0); console.log(end.getDate(), new Date(2023, 2, 0).getDate(), new Date(2024, 12, 0).getDate());
const d = new Date(2024, 0, 1);
const seen = [];
while (d.getFullYear() === 2024) { seen.push(d.getTimezoneOffset()); d.setMonth(d.getMonth() + 1); }
console.log(seen.join(","), d.toString());
const ms = new Date(2024, 0, 1); ms.setMilliseconds(ms.getMilliseconds() + 86400000 * 1.5); console.log(ms.toString());
