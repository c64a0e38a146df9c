// Pseudo-random time values: UTC fields, Date.UTC round trip and ISO round trip.
let seed = 7;
const rnd = () => { seed = (seed * 48271) % 2147483647; return seed / 2147483647; };
let bad = 0;
for (let i = 0; i < 500; i++) {
  const t = Math.floor((rnd() * 2 - 1) * 8.64e15);
  const d = new Date(t);
  const u = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
  const yfix = new Date(u); if (d.getUTCFullYear() >= 0 && d.getUTCFullYear() < 100) yfix.setUTCFullYear(d.getUTCFullYear());
  if (yfix.getTime() !== t || Date.parse(d.toISOString()) !== t) bad++;
  if (i % 60 === 0) console.log(t, d.toISOString(), d.toUTCString(), d.getUTCDay());
}
console.log("bad", bad);
