// Pseudo-random component sweep: new Date(y, m, d, h, mi, s, ms) read back field by field.
let seed = 42;
const rnd = n => { seed = (seed * 16807) % 2147483647; return seed % n; };
let mismatches = 0, checksum = 0;
const lines = [];
for (let i = 0; i < 400; i++) {
  const y = rnd(4000) - 1000, m = rnd(12), d = 1 + rnd(28), h = rnd(24), mi = rnd(60), s = rnd(60), ms = rnd(1000);
  const dt = new Date(y, m, d, h, mi, s, ms);
  if (y >= 0 && y < 100) dt.setFullYear(y);
  const back = [dt.getFullYear(), dt.getMonth(), dt.getDate(), dt.getHours(), dt.getMinutes(), dt.getSeconds(), dt.getMilliseconds()];
  const want = [y, m, d, h, mi, s, ms];
  if (back.join() !== want.join()) { mismatches++; lines.push(want.join(",") + " -> " + back.join(",")); }
  checksum = (checksum * 31 + dt.getTime() / 1000) % 1000000007;
  if (i % 50 === 0) console.log(i, dt.toString(), dt.toISOString());
}
console.log("mismatches", mismatches, lines.slice(0, 10).join("; "));
console.log("checksum", checksum);
