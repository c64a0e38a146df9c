// Every hour of 2024 and of 1950 in the program zone (America/New_York): where the offset changes.
for (const year of [2024, 1950, 1918, 2037]) {
  let prev = null;
  const changes = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 36e5) {
    const off = new Date(t).getTimezoneOffset();
    if (off !== prev) { changes.push(new Date(t).toISOString() + "=" + off); prev = off; }
  }
  console.log(year, changes.join(" "));
}
const day = [];
for (let h = 0; h < 24; h++) day.push(new Date(2024, 2, 10, h).getHours());
console.log(day.join(","));
const fall = [];
for (let h = 0; h < 24; h++) fall.push(new Date(2024, 10, 3, h).getTime() / 36e5 - new Date(2024, 10, 3).getTime() / 36e5);
console.log(fall.join(","));
