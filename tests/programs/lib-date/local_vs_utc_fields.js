// Local fields vs UTC fields for instants around midnight and the year boundary (TZ=America/New_York).
const ts = [Date.UTC(2024, 0, 1, 0, 0), Date.UTC(2024, 0, 1, 4, 59), Date.UTC(2024, 0, 1, 5, 0), Date.UTC(2024, 6, 1, 3, 59), Date.UTC(2024, 6, 1, 4, 0),
  Date.UTC(1970, 0, 1), Date.UTC(2023, 11, 31, 23, 59, 59, 999)];
for (const t of ts) {
  const d = new Date(t);
  console.log(d.toISOString(), [d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours()].join("/"),
    [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours()].join("/"));
}
const d = new Date(Date.UTC(2024, 0, 1, 2));
d.setDate(15); console.log(d.toISOString());
d.setUTCDate(15); console.log(d.toISOString());
d.setHours(23); console.log(d.toISOString(), d.getUTCDate());
d.setUTCHours(23); console.log(d.toISOString(), d.getDate());
