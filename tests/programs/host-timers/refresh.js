// refresh() re-arms a timer with its original delay and callback.
let n = 0;
const t = setTimeout(() => {
  n++;
  console.log("fired", n);
  if (n < 3) console.log("refresh returns this:", t.refresh() === t);
}, 4);
const cleared = setTimeout(() => console.log("cleared never runs"), 2);
clearTimeout(cleared);
cleared.refresh();
let moved = false;
const late = setTimeout(() => console.log("late timer, moved:", moved), 70);
setTimeout(() => { moved = true; late.refresh(); }, 20);
