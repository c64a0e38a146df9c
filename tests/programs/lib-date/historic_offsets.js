// Historic offsets of the program time zone (America/New_York), incl. local mean time before 1883.
const dates = [[1800, 0, 1], [1883, 10, 18, 11], [1883, 10, 18, 13], [1900, 6, 1], [1918, 6, 1], [1920, 6, 1], [1942, 6, 1],
  [1945, 8, 1], [1946, 6, 1], [1960, 6, 1], [1969, 11, 31], [1974, 1, 1], [1975, 1, 23], [1987, 3, 5], [2000, 6, 1], [2100, 6, 1]];
for (const a of dates) {
  const d = new Date(...a);
  console.log(a.join("-"), d.getTimezoneOffset(), d.toString(), d.toISOString());
}
const utc = new Date(Date.UTC(1800, 0, 1));
console.log(utc.getHours(), utc.getMinutes(), utc.getSeconds(), utc.getTimezoneOffset(), utc.toString());
