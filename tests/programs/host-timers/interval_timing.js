// An interval keeps its period; it stops when cleared by a later timer; args each time.
const seen = [];
const iv = setInterval((tag) => seen.push(tag), 5, "t");
setTimeout(() => {
  clearInterval(iv);
  console.log("several ticks:", seen.length >= 1, seen.every(x => x === "t"));
}, 60);
let count = 0;
const fast = setInterval(() => {
  count++;
  if (count === 5) { clearInterval(fast); console.log("fast interval stopped at", count); }
}, 1);
