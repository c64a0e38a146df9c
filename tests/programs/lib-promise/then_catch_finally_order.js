// then/catch/finally: microtask interleaving between independent chains, logged in order
function later(n = 40) { let p = Promise.resolve(); for (let i = 0; i < n; i++) p = p.then(() => {}); return p; }
const log = [];
const p = Promise.resolve(1);
p.then(v => log.push("a1:" + v)).then(() => log.push("a2")).then(() => log.push("a3"));
p.then(v => log.push("b1:" + v)).finally(() => log.push("b-fin")).then(v => log.push("b2:" + v));
Promise.reject(new Error("r")).catch(e => log.push("c1:" + e.message)).then(v => log.push("c2:" + v));
Promise.reject(2).then(() => log.push("never")).catch(v => log.push("d-catch:" + v));
Promise.reject(3).finally(() => log.push("e-fin")).catch(v => log.push("e-catch:" + v));
queueMicrotask(() => log.push("qm1"));
(async () => { log.push("async-start"); await null; log.push("async-1"); await null; log.push("async-2"); })();
log.push("sync-end");
later().then(() => {
  console.log(log.join("\n"));
  part2();
});

function part2() {
  const l = [];
  // returning a promise from then costs two extra ticks
  Promise.resolve().then(() => { l.push("x1"); return Promise.resolve("inner"); }).then(v => l.push("x2:" + v));
  Promise.resolve().then(() => l.push("y1")).then(() => l.push("y2")).then(() => l.push("y3")).then(() => l.push("y4"));
  // returning a thenable costs one extra tick
  Promise.resolve().then(() => { l.push("z1"); return { then(r) { l.push("z-then"); r("thenable"); } }; }).then(v => l.push("z2:" + v));
  later().then(() => { console.log(l.join(" ")); part3(); });
}

function part3() {
  const l = [];
  // then with non-function arguments passes through
  Promise.resolve("pass").then(null, undefined).then(5).then(v => l.push("through:" + v));
  Promise.reject("rej").then(v => v).then(undefined, e => l.push("caught:" + e));
  // catch calls this.then
  const fake = { then(a, b) { l.push("fake.then " + typeof a + " " + typeof b); return "ret"; } };
  l.push("catch returns " + Promise.prototype.catch.call(fake, () => {}));
  // handlers are called with undefined this
  Promise.resolve().then(function () { "use strict"; l.push("this:" + this); });
  // a handler that throws rejects the derived promise
  Promise.resolve().then(() => { throw new TypeError("boom"); }).catch(e => l.push(e.constructor.name + ": " + e.message));
  later().then(() => console.log(l.join(" | ")));
}
