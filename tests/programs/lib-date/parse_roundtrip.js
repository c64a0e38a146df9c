// Date.parse reads back what toString / toUTCString / toISOString print (to the second / ms).
const times = [0, 1709647389000, -1, 951782400000, -62198755200000, 253402300799999, 1e13, -1e13, 1710052200000, 1730611800000];
for (const t of times) {
  const d = new Date(t);
  const sec = Math.floor(t / 1000) * 1000;
  console.log(t, Date.parse(d.toString()) === sec, Date.parse(d.toUTCString()) === sec, Date.parse(d.toISOString()) === t,
    Date.parse(d.toDateString()) === new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime(),
    Date.parse(d.toLocaleString()) === sec || d.getFullYear() < 100);
}
console.log(Date.parse(new Date(NaN).toString()), Date.parse("Invalid Date"));
