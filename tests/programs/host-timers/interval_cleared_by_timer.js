// Another timer clears an interval; an interval can also be cleared by clearTimeout.
let ticks = 0;
const iv = setInterval(() => { ticks++; }, 2);
setTimeout(() => {
  clearInterval(iv);
  console.log("interval ran:", ticks > 0);
  const before = ticks;
  setTimeout(() => console.log("no tick after clear:", ticks === before), 20);
}, 40);
const iv2 = setInterval(() => console.log("never"), 5);
clearTimeout(iv2);
const t = setTimeout(() => console.log("never either"), 5);
clearInterval(t);
