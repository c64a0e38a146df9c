// The timeZone option: the same instant in several zones, with DST and historic offsets.
const zones = ["UTC", "America/New_York", "America/Los_Angeles", "Europe/Berlin", "Europe/London", "Asia/Kolkata", "Asia/Tokyo", "Australia/Sydney"];
const instants = [Date.UTC(2024, 0, 15, 12), Date.UTC(2024, 6, 15, 12), Date.UTC(1990, 5, 1), Date.UTC(2010, 10, 7, 6, 30)];
for (const tz of zones) {
  for (const t of instants) {
    const d = new Date(t);
    console.log(tz, d.toLocaleString("en-US", { timeZone: tz }), "|", d.toLocaleString("en-US", { timeZone: tz, timeZoneName: "short" }),
      "|", d.toLocaleTimeString("en-US", { timeZone: tz, timeZoneName: "long" }));
  }
}
const d = new Date(Date.UTC(2024, 2, 10, 6, 59, 59));
console.log(d.toLocaleString("en-US", { timeZone: "America/New_York", dateStyle: "full", timeStyle: "full" }));
d.setUTCSeconds(60);
console.log(d.toLocaleString("en-US", { timeZone: "America/New_York", dateStyle: "full", timeStyle: "full" }));
for (const bad of ["Foo/Bar", "", "America/New York", "+05:00x"]) {
  try { d.toLocaleString("en-US", { timeZone: bad }); } catch (e) { console.log(e.constructor.name, e.message); }
}
console.log(d.toLocaleDateString("en-US", { timeZone: "UTC", weekday: "long", year: "numeric", month: "long", day: "numeric" }));
console.log(d.toLocaleString("en-US", { timeZone: "utc" }), d.toLocaleString("en-US", { timeZone: "Etc/UTC", timeZoneName: "long" }));
