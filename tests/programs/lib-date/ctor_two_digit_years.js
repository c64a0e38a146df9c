for (const y of [0, 1, 49, 50, 99, 99.9, 100, -1, -0.5, 0.5, 1900, "70", "05"]) {
  const d = new Date(y, 0);
  console.log(String(y), d.getFullYear(), d.getTime());
}
for (const y of [0, 1, 49, 50, 99, 100, -1, 99.5]) console.log("UTC", y, new Date(Date.UTC(y, 0)).getUTCFullYear());
console.log(Date.UTC(99), Date.UTC(100), Date.UTC(-1), Date.UTC(0));
