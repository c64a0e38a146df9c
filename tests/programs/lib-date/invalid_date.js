const d = new Date("not a date");
console.log(String(d), d.getTime(), d.valueOf(), isNaN(d), d.toJSON(), JSON.stringify({ d }), typeof d, d instanceof Date);
console.log(d.toString(), d.toDateString(), d.toTimeString(), d.toUTCString(), d.toLocaleString(), d.toLocaleDateString(), d.toLocaleTimeString());
try { d.toISOString(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(d.getFullYear(), d.getTimezoneOffset(), d.getYear(), d.getDay());
console.log(d.setDate(1), d.setMonth(1), d.setHours(1), d.setMilliseconds(1));
console.log(d.setFullYear(2000), d.toISOString());
d.setTime(NaN);
console.log(d.setUTCFullYear(1970), d.getTime());
console.log(Number.isNaN(new Date(undefined).getTime()), new Date(null).getTime(), new Date("").getTime(), new Date([]).getTime());
console.log(new Date(2024, 0, 1, 0, 0, 0, NaN).getTime(), Date.UTC(2024, 0, 1, 0, 0, 0, NaN));
