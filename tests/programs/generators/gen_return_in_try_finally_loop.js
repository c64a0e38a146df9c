const log = [];
function* g() {
  for (let i = 0; i < 3; i++) {
    try { yield i; } finally { log.push("f" + i); }
  }
}
for (const v of g()) { log.push("v" + v); if (v === 1) break; }
const it = g();
it.next();
log.push(JSON.stringify(it.return("R")));
log.push(JSON.stringify(it.next()));
console.log(log.join(" "));
