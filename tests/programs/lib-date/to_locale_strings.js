const ds = [new Date(2024, 2, 5, 14, 3, 9), new Date(2024, 2, 5, 0, 3, 9), new Date(2024, 2, 5, 12, 0, 0), new Date(2024, 11, 31, 23, 59, 59),
  new Date(1999, 0, 1, 1, 1, 1), new Date(0), new Date(2024, 6, 4, 11, 59, 59)];
for (const d of ds) console.log(d.toLocaleString(), "|", d.toLocaleDateString(), "|", d.toLocaleTimeString());
const inv = new Date(NaN);
console.log(inv.toLocaleString(), inv.toLocaleDateString(), inv.toLocaleTimeString());
console.log(Date.prototype.toLocaleString.length, Date.prototype.toLocaleDateString.length, Date.prototype.toLocaleTimeString.length);
try { Date.prototype.toLocaleString.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
for (const y of [5, 99, 100, 10000]) { const d = new Date(2000, 0, 2, 3); d.setFullYear(y); console.log(d.toLocaleString()); }
