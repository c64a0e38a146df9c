// finally: value pass-through, overriding by throw/rejection, callback arguments, species
function later(n = 40) { let p = Promise.resolve(); for (let i = 0; i < n; i++) p = p.then(() => {}); return p; }
const l = [];
function show(tag, p) { return p.then(v => l.push(tag + " fulfilled " + v), e => l.push(tag + " rejected " + e)); }
show("1", Promise.resolve("v").finally(() => "ignored"));
show("2", Promise.reject("e").finally(() => "ignored"));
show("3", Promise.resolve("v").finally(() => { throw "thrown"; }));
show("4", Promise.reject("e").finally(() => Promise.reject("inner")));
show("5", Promise.resolve("v").finally(() => Promise.resolve("other")));
show("6", Promise.resolve("v").finally(function () { l.push("6 args " + arguments.length); }));
show("7", Promise.resolve("v").finally("not a function"));
show("8", Promise.reject("e").finally(undefined));
// finally waits for the returned promise
let release;
const gate = new Promise(r => { release = r; });
show("9", Promise.resolve("late").finally(() => gate));
later(3).then(() => { l.push("releasing"); release("ignored"); });
later().then(() => {
  console.log(l.join("\n"));
  part2();
});

function part2() {
  // finally calls this.then with two functions when onFinally is callable
  const calls = [];
  const thenable = { then(a, b) { calls.push(typeof a + "," + typeof b + "," + (a === b)); return "x"; } };
  console.log(Promise.prototype.finally.call(thenable, () => {}), calls.join());
  console.log(Promise.prototype.finally.call(thenable, 5), calls.join(" "));
  try { Promise.prototype.finally.call(1, () => {}); } catch (e) { console.log(e.constructor.name); }
  // species constructor used
  class MyP extends Promise {}
  const fp = MyP.resolve(1).finally(() => {});
  console.log(fp instanceof MyP, fp.constructor.name);
  const order = [];
  class Spy extends Promise {
    static get [Symbol.species]() { order.push("species"); return Promise; }
  }
  const sp = Spy.resolve(1).finally(() => {});
  console.log(order.join(), sp instanceof Spy, sp instanceof Promise);
  // finally tick count vs then
  const t = [];
  Promise.resolve().finally(() => t.push("fin")).then(() => t.push("after-fin"));
  Promise.resolve().then(() => t.push("t1")).then(() => t.push("t2")).then(() => t.push("t3")).then(() => t.push("t4"));
  later().then(() => console.log(t.join(" ")));
}
