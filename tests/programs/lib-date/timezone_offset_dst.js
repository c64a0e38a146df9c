// Offsets around the 2024 US transitions (programs run with TZ=America/New_York).
const show = d => console.log(d.toISOString(), d.getTimezoneOffset(), d.getHours(), d.toString());
show(new Date(Date.UTC(2024, 2, 10, 6, 59, 59)));
show(new Date(Date.UTC(2024, 2, 10, 7, 0, 0)));
show(new Date(Date.UTC(2024, 10, 3, 5, 59, 59)));
show(new Date(Date.UTC(2024, 10, 3, 6, 0, 0)));
show(new Date(2024, 2, 10, 2, 30));
show(new Date(2024, 2, 10, 1, 59));
show(new Date(2024, 2, 10, 3, 0));
show(new Date(2024, 10, 3, 1, 30));
show(new Date(2024, 10, 3, 0, 59));
show(new Date(2024, 10, 3, 2, 0));
show(new Date("2024-03-10T02:30:00"));
show(new Date("2024-11-03T01:30:00"));
const offs = [];
for (let m = 0; m < 12; m++) offs.push(new Date(2024, m, 15).getTimezoneOffset());
console.log(offs.join(" "));
for (const y of [1970, 1974, 1987, 2006, 2007, 2037, 2100]) console.log(y, new Date(y, 3, 1).getTimezoneOffset(), new Date(y, 9, 31).getTimezoneOffset());
