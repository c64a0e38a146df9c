const log = [];
function make(n) {
  let i = 0;
  return { [Symbol.iterator]() { return this; }, next() { return { value: i, done: i++ >= n }; }, return() { log.push("return"); return {}; } };
}
const a = [...make(3)];
const b = Math.max(...make(4));
const [...c] = make(2);
console.log(a, b, c, log.length);
function boom() { throw new Error("boom"); }
const thrower = { [Symbol.iterator]() { return this; }, next: boom, return() { log.push("should not close"); return {}; } };
try { [...thrower]; } catch (e) { console.log(e.message, log.length); }
try { for (const x of thrower) ; } catch (e) { console.log(e.message, log.length); }
try { const [q] = thrower; } catch (e) { console.log(e.message, log.length); }
