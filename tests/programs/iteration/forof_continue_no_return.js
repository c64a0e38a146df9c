const log = [];
function make() {
  let i = 0;
  return { [Symbol.iterator]() { return this; }, next() { return { value: i, done: i++ >= 3 }; }, return() { log.push("return"); return {}; } };
}
for (const x of make()) { if (x === 1) continue; log.push(x); }
console.log(log);
outer: for (const a of make()) { for (const b of make()) { if (b === 1) continue outer; log.push(a + ":" + b); } }
console.log(log);
