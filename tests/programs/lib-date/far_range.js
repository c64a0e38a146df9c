const ds = [new Date(8.64e15), new Date(-8.64e15), new Date(8.64e15 - 1), new Date(-8.64e15 + 1), new Date(275760, 8, 12), new Date(-271821, 3, 21)];
for (const d of ds) console.log(d.getTime(), d.toString(), "|", d.toUTCString(), "|", d.getTimezoneOffset());
for (const d of ds) console.log(d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getUTCFullYear(), d.getUTCDay());
for (const y of [-100000, -5000, -1, 0, 1, 3000, 5000, 10000, 100000, 200000]) {
  const a = new Date(y, 0, 15), b = new Date(y, 6, 15);
  a.setFullYear(y); b.setFullYear(y);
  console.log(y, a.toString(), "|", b.toString());
}
console.log(new Date(275760, 8, 13, 0, 0, 0, 0).getTime(), new Date(275760, 8, 12, 20).getTime(), new Date(-271821, 3, 19, 19, 3, 58).getTime());
