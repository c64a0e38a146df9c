// microtask ordering with async functions, await of promises/thenables, and combinators
function later(n = 40) { let p = Promise.resolve(); for (let i = 0; i < n; i++) p = p.then(() => {}); return p; }
const log = [];
async function f1() { log.push("f1 start"); await undefined; log.push("f1 after await"); return "f1"; }
async function f2() { log.push("f2 start"); await Promise.resolve(); log.push("f2 after await"); throw new Error("f2"); }
async function f3() { log.push("f3 start"); await { then(r) { log.push("f3 thenable"); r(); } }; log.push("f3 after await"); }
f1().then(v => log.push("f1 then " + v));
f2().catch(e => log.push("f2 catch " + e.message));
f3();
Promise.all([f1(), 1]).then(v => log.push("all " + v.join()));
Promise.race([new Promise(r => r("race-a")), "race-b"]).then(v => log.push("race " + v));
Promise.resolve().then(() => log.push("tick1")).then(() => log.push("tick2")).then(() => log.push("tick3")).then(() => log.push("tick4"));
log.push("sync done");
later().then(() => {
  console.log(log.join("\n"));
  // async returns a promise even for sync return; returning a promise takes extra ticks
  const l2 = [];
  async function retP() { return Promise.resolve("rp"); }
  async function retV() { return "rv"; }
  retP().then(v => l2.push(v));
  retV().then(v => l2.push(v));
  Promise.resolve().then(() => l2.push("m1")).then(() => l2.push("m2")).then(() => l2.push("m3"));
  later().then(() => console.log(l2.join(" ")));
});
