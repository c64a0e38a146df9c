// Timers fire in order of their due time, not of creation.
setTimeout(() => console.log("100 ms"), 100);
setTimeout(() => console.log("5 ms"), 5);
setTimeout(() => console.log("50 ms"), 50);
console.log("scheduled");
