const log = [];
function make(n) {
  let i = 0;
  return {
    [Symbol.iterator]() { log.push("iter"); return this; },
    next() { log.push("next" + i); return { value: i++, done: i > n }; },
    return(v) { log.push("return:" + v); return {}; },
  };
}
for (const x of make(5)) { if (x === 1) break; }
console.log(log.join(","));
log.length = 0;
for (const x of make(2)) {}
console.log(log.join(","));
