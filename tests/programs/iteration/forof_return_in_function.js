const log = [];
const it = {
  [Symbol.iterator]() { return this; },
  n: 0,
  next() { return { value: this.n++, done: false }; },
  return() { log.push("closed at " + this.n); return {}; },
};
function find() { for (const x of it) { if (x === 3) return x * 10; } }
console.log(find(), log);
function outer() { for (const a of [1, 2]) { for (const b of it) { if (b > 5) return [a, b]; } } }
console.log(outer(), log);
