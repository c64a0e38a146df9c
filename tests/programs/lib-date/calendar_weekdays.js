// Leap years, weekdays and month lengths over several centuries.
const leap = [];
for (let y = 1896; y <= 2104; y += 4) if (new Date(Date.UTC(y, 1, 29)).getUTCMonth() === 1) leap.push(y);
console.log(leap.join(" "));
for (const y of [1600, 1700, 1800, 1900, 2000, 2100, 2400, 0, -4, -100, -400]) console.log(y, new Date(Date.UTC(y, 1, 29)).getUTCDate());
const lens = [];
for (let m = 0; m < 12; m++) lens.push(new Date(Date.UTC(2023, m + 1, 0)).getUTCDate());
console.log(lens.join(","));
for (const y of [1970, 2000, 2024, 1, 0, -1, 1582, 10000]) {
  const d = new Date(0); d.setUTCFullYear(y, 0, 1);
  console.log(y, d.getUTCDay(), d.toUTCString());
}
let fridays13 = 0;
for (let y = 2000; y < 2030; y++) for (let m = 0; m < 12; m++) if (new Date(y, m, 13).getDay() === 5) fridays13++;
console.log("friday13", fridays13);
const dayOfYear = d => Math.round((d - new Date(d.getFullYear(), 0, 1)) / 864e5) + 1;
console.log(dayOfYear(new Date(2024, 11, 31)), dayOfYear(new Date(2023, 11, 31)), dayOfYear(new Date(2024, 2, 10, 12)));
const week = [];
for (let i = 0; i < 7; i++) week.push(new Date(Date.UTC(1970, 0, 1 + i)).toUTCString().slice(0, 3));
console.log(week.join(" "));
