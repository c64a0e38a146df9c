const d = new Date(NaN);
const names = Object.getOwnPropertyNames(Date.prototype).filter(n => n.startsWith("get")).sort();
for (const n of names) console.log(n, d[n]());
console.log(new Date("nope").getTime(), new Date(8.64e15 + 1).getFullYear(), new Date(Infinity).getUTCDay());
