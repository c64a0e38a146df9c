const log = [];
function make(name, n) {
  let i = 0;
  return { [Symbol.iterator]() { return this; }, next() { return { value: i, done: i++ >= n }; }, return() { log.push("close " + name); return {}; } };
}
outer: for (const a of make("A", 3)) {
  for (const b of make("B", 3)) {
    if (b === 1) continue outer;
    if (a === 2) break outer;
  }
}
console.log(log.join(", "));
log.length = 0;
function f() { for (const a of make("A", 3)) for (const b of make("B", 3)) for (const c of make("C", 3)) return [a, b, c]; }
console.log(f(), log.join(", "));
