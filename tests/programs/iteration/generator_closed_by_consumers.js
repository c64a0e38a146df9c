const log = [];
function* g() { try { yield 1; yield 2; yield 3; } finally { log.push("finally"); } }
const [a] = g(); log.push("a=" + a);
for (const x of g()) { log.push("x=" + x); break; }
try { for (const x of g()) throw 0; } catch (e) { log.push("caught"); }
const [p, ...rest] = g(); log.push(rest.join());
console.log(log.join(" "));
