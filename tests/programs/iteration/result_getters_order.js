const log = [];
function result(v, d) {
  return { get done() { log.push("done" + v); return d; }, get value() { log.push("value" + v); return v; } };
}
function iter(n) {
  let i = 0;
  return { [Symbol.iterator]() { return this; }, next() { i++; return result(i, i > n); } };
}
for (const x of iter(2)) log.push("body" + x);
console.log(log.join(" "));
log.length = 0;
const arr = [...iter(2)];
console.log(arr, log.join(" "));
log.length = 0;
const [a, b] = iter(5);
console.log(a, b, log.join(" "));
