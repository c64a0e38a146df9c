// Timers with the same delay run in the order they were created; 0, 1, undefined,
// negative and NaN delays are all 1 ms.
setTimeout(() => console.log("zero"), 0);
setTimeout(() => console.log("one"), 1);
setTimeout(() => console.log("undefined delay"));
setTimeout(() => console.log("negative"), -20);
setTimeout(() => console.log("NaN"), NaN);
for (let i = 0; i < 5; i++) setTimeout(() => console.log("ten", i), 10);
setTimeout(() => {
  for (let i = 0; i < 3; i++) setTimeout(() => console.log("nested five", i), 5);
}, 10);
