const ds = [new Date(2024, 2, 5, 14, 3, 9), new Date(2024, 6, 4, 9, 5, 7), new Date(0), new Date(-1), new Date(1999, 11, 31, 23, 59, 59),
  new Date(5, 0, 1), new Date(-1, 0, 1), new Date(-1000, 6, 1), new Date(12345, 0, 1), new Date(1800, 0, 1), new Date(1918, 3, 1), new Date(1945, 7, 15)];
for (const d of ds) {
  console.log(d.toString());
  console.log("  ", d.toDateString(), "|", d.toTimeString());
}
const y5 = new Date(2000, 0, 1); y5.setFullYear(5); console.log(y5.toString());
const inv = new Date(NaN);
console.log(inv.toString(), inv.toDateString(), inv.toTimeString(), String(inv), `${inv}`, inv + "");
console.log(String(new Date(2024, 0, 1)) === new Date(2024, 0, 1).toString());
console.log(Date.prototype.toString.length, Date.prototype.toDateString.length, Date.prototype.toTimeString.length);
