const ds = [new Date(2024, 2, 5, 14, 3, 9, 123), new Date(2024, 6, 4, 0, 0, 0, 0), new Date(1999, 11, 31, 23, 59, 59, 999),
  new Date(0), new Date(-1), new Date(1e12), new Date(-1e12), new Date(2024, 1, 29, 12), new Date(1900, 0, 1), new Date(-100, 5, 5, 5, 5, 5, 5)];
for (const d of ds) {
  console.log(d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds(),
    d.getTimezoneOffset(), d.getYear());
}
const days = [];
for (let i = 0; i < 14; i++) days.push(new Date(2024, 0, i + 1).getDay());
console.log(days.join(""));
