const ts = [0, -1, 1, 86399999, 86400000, 1709647389123, -62135596800000, -62135596800001, 8.64e15, -8.64e15, 951782400000, 4107542400000];
for (const t of ts) {
  const d = new Date(t);
  console.log(t, d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMinutes(),
    d.getUTCSeconds(), d.getUTCMilliseconds(), d.getTime() === d.valueOf());
}
