const log = [];
const it = {
  [Symbol.iterator]() { return this; },
  i: 0,
  next() { log.push("orig"); this.next = function () { log.push("replaced"); return { done: true }; }; return { value: this.i++, done: this.i > 3 }; },
};
for (const x of it) log.push(x);
console.log(log.join(" "));
