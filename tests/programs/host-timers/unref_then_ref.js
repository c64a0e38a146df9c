// ref() after unref() keeps the loop alive again; an unref'd interval runs while the loop is alive.
const t = setTimeout(() => console.log("kept alive by ref()"), 30);
t.unref();
console.log(t.hasRef());
t.ref();
console.log(t.hasRef());
let ticks = 0;
const iv = setInterval(() => { ticks++; }, 4);
iv.unref();
setTimeout(() => console.log("unref'd interval ticked while alive:", ticks > 0), 40);
