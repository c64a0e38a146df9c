const log = [];
function make(n) {
  let i = 0;
  return { [Symbol.iterator]() { log.push("open"); return this; }, next() { log.push("next"); return { value: i++, done: i > n }; }, return() { log.push("return"); return {}; } };
}
let [a] = make(3); console.log(a, log.join()); log.length = 0;
let [b, c, d, e] = make(2); console.log(b, c, d, e, log.join()); log.length = 0;
let [...r] = make(2); console.log(r, log.join()); log.length = 0;
let [, , ] = make(5); console.log(log.join()); log.length = 0;
let [] = make(5); console.log(log.join()); log.length = 0;
